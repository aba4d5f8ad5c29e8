package news.reliability.cli;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import news.reliability.scoring.truth.TruthClaim;

/**
 * The claims TSV of {@code ./scorer truth}, and the escaping of every TSV the command writes.
 *
 * <p>UTF-8 text; the first line is a header naming the columns; {@code source}, {@code object} and
 * {@code value} are required, {@code weight} (a number in (0,1], default 1, lower for hedged claims) is
 * optional, other columns are allowed and ignored; columns may come in any order. Fields are separated by
 * tabs; inside a field a backslash escapes: {@code \t} tab, {@code \n} line feed, {@code \r} carriage return,
 * {@code \\} backslash (any other backslash sequence is an error). Quotes are ordinary characters. Every
 * line after the header is one claim: a blank line, a missing field, an empty required field, a field
 * longer than {@link #MAX_FIELD_CHARS} characters or a bad weight is an error naming the file and line;
 * no row is silently dropped.
 */
final class ClaimsTsv {

    static final int MAX_FIELD_CHARS = 65_536;
    static final List<String> REQUIRED = List.of("source", "object", "value");

    private ClaimsTsv() {
    }

    static List<TruthClaim> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ScorerCommand.UsageException(file + ": no such file");
        }
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        List<TruthClaim> claims = new ArrayList<>();
        int lineNumber = 0;
        try (BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
                decoder))) {
            String header = reader.readLine();
            lineNumber = 1;
            if (header == null) {
                throw error(file, 1, "the file is empty (expected a header with source, object, value)");
            }
            if (header.startsWith("\uFEFF")) {
                header = header.substring(1);
            }
            List<String> names = split(file, 1, header);
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < names.size(); i++) {
                if (columns.put(names.get(i).strip(), i) != null) {
                    throw error(file, 1, "column '" + names.get(i).strip() + "' appears twice");
                }
            }
            for (String required : REQUIRED) {
                if (!columns.containsKey(required)) {
                    throw error(file, 1, "missing column '" + required + "' (the header must name source, object, value)");
                }
            }
            int source = columns.get("source");
            int object = columns.get("object");
            int value = columns.get("value");
            Integer weight = columns.get("weight");
            String line;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isEmpty()) {
                    throw error(file, lineNumber, "blank line (every line after the header is one claim)");
                }
                List<String> fields = split(file, lineNumber, line);
                if (fields.size() != names.size()) {
                    throw error(file, lineNumber, "expected " + names.size() + " tab-separated fields, found "
                            + fields.size());
                }
                for (int column : new int[] {source, object, value}) {
                    if (fields.get(column).isBlank()) {
                        throw error(file, lineNumber, "empty " + names.get(column).strip());
                    }
                }
                double w = 1;
                if (weight != null) {
                    String text = fields.get(weight).strip();
                    try {
                        w = text.isEmpty() ? 1 : Double.parseDouble(text);
                    } catch (NumberFormatException e) {
                        throw error(file, lineNumber, "weight is not a number: " + text);
                    }
                    if (!(w > 0 && w <= 1)) {
                        throw error(file, lineNumber, "weight must be in (0,1]: " + text);
                    }
                }
                claims.add(new TruthClaim(fields.get(source).strip(), fields.get(object).strip(),
                        fields.get(value).strip(), w));
            }
        } catch (CharacterCodingException e) {
            throw error(file, lineNumber + 1, "not UTF-8 text");
        } catch (IOException e) {
            throw new ScorerCommand.UsageException(file + ": cannot read: " + e.getMessage());
        }
        if (claims.isEmpty()) {
            throw error(file, 2, "no claims after the header");
        }
        return claims;
    }

    /** The unescaped fields of one line. */
    static List<String> split(Path file, int lineNumber, String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                fields.add(field.toString());
                field.setLength(0);
                continue;
            }
            if (c == '\\') {
                if (i + 1 == line.length()) {
                    throw error(file, lineNumber, "a backslash ends the line (write \\\\ for a backslash)");
                }
                char next = line.charAt(++i);
                c = switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case '\\' -> '\\';
                    default -> throw error(file, lineNumber, "unknown escape \\" + next
                            + " (only \\t, \\n, \\r and \\\\ are defined)");
                };
            }
            field.append(c);
            if (field.length() > MAX_FIELD_CHARS) {
                throw error(file, lineNumber, "field " + (fields.size() + 1) + " is longer than " + MAX_FIELD_CHARS
                        + " characters");
            }
        }
        fields.add(field.toString());
        return fields;
    }

    /** One field, escaped for a TSV line. */
    static String escape(String field) {
        StringBuilder escaped = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            switch (c) {
                case '\t' -> escaped.append("\\t");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\\' -> escaped.append("\\\\");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** Writes a header and rows, each field escaped. */
    static void write(Path file, List<String> header, List<List<String>> rows) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                writer.write(String.join("\t", header));
                writer.write('\n');
                for (List<String> row : rows) {
                    for (int i = 0; i < row.size(); i++) {
                        if (i > 0) {
                            writer.write('\t');
                        }
                        writer.write(escape(row.get(i)));
                    }
                    writer.write('\n');
                }
            }
        } catch (IOException e) {
            throw new ScorerCommand.UsageException(file + ": cannot write: " + e.getMessage());
        }
    }

    private static ScorerCommand.UsageException error(Path file, int line, String message) {
        return new ScorerCommand.UsageException(file + ":" + line + ": " + message);
    }
}
