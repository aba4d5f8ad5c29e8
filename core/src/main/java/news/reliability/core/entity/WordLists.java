package news.reliability.core.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Named word lists read from a tab-separated resource: concept name, tab, space-separated words. */
final class WordLists {

    private final Map<String, Set<String>> lists;

    private WordLists(Map<String, Set<String>> lists) {
        this.lists = lists;
    }

    static WordLists load(Class<?> owner, String resource) {
        Map<String, Set<String>> lists = new HashMap<>();
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                lists.put(parts[0].strip(), Set.copyOf(List.of(parts[1].strip().split("\\s+"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new WordLists(lists);
    }

    /** The list of a concept; refuses unknown concept names. */
    Set<String> get(String concept) {
        Set<String> list = lists.get(concept);
        if (list == null) {
            throw new IllegalArgumentException("no word list named " + concept);
        }
        return list;
    }
}
