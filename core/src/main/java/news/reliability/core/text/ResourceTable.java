package news.reliability.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the tab-separated resource files that hold word lists and tables as data: blank lines and lines
 * starting with {@code #} are skipped, every other line is a row. Stateless.
 */
public final class ResourceTable {

    private ResourceTable() {
    }

    /**
     * The rows of a resource next to {@code owner}, each with exactly {@code columns} fields.
     *
     * @throws IllegalStateException when the resource is missing or a row has another number of fields
     */
    public static List<String[]> rows(Class<?> owner, String resource, int columns) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the class path next to " + owner.getName());
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int line = 0;
            for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                line++;
                if (text.isBlank() || text.startsWith("#")) {
                    continue;
                }
                String[] row = text.split("\t", columns);
                if (row.length != columns) {
                    throw new IllegalStateException(resource + ":" + line + ": expected " + columns + " tab-separated "
                            + "fields: " + text);
                }
                for (int i = 0; i < row.length; i++) {
                    row[i] = row[i].strip();
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }

    /**
     * A resource of named groups next to {@code owner}: a line {@code [name]} starts a group, every other line
     * (stripped) is an entry of the group above it; blank lines and lines starting with {@code #} are skipped.
     * Groups keep the file's order.
     *
     * @throws IllegalStateException when the resource is missing or an entry comes before any group
     */
    public static Map<String, List<String>> groups(Class<?> owner, String resource) {
        String text;
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the class path next to " + owner.getName());
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        try {
            return groups(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(resource + ":" + e.getMessage(), e);
        }
    }

    /**
     * The groups of {@code text}, read as {@link #groups(Class, String)} reads a resource.
     *
     * @throws IllegalArgumentException when an entry comes before any group ("LINE: entry before any [group]: ...")
     */
    public static Map<String, List<String>> groups(String text) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        List<String> current = null;
        int number = 0;
        for (String raw : text.lines().toList()) {
            number++;
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                current = groups.computeIfAbsent(line.substring(1, line.length() - 1), k -> new ArrayList<>());
            } else if (current == null) {
                throw new IllegalArgumentException(number + ": entry before any [group]: " + line);
            } else {
                current.add(line);
            }
        }
        return groups;
    }

    /** Named word sets: first field the name, second the space-separated words (duplicates allowed). */
    public static Map<String, Set<String>> wordSets(Class<?> owner, String resource) {
        Map<String, Set<String>> sets = new LinkedHashMap<>();
        for (String[] row : rows(owner, resource, 2)) {
            sets.put(row[0], Set.copyOf(List.of(row[1].split("\\s+"))));
        }
        return sets;
    }
}
