package news.reliability.scoring.stance;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The FNC-1 CSV formats: bodies ({@code Body ID,articleBody}), stances ({@code Headline,Body ID[,Stance]})
 * and predictions ({@code Headline,Body ID,Stance}). Readers check every row and name the file and line of
 * the first problem: a missing column, a body id that is not a number, a duplicate or unknown body id, an
 * empty headline or body, an unknown stance. Stateless and thread-safe.
 *
 * @param bodies the bodies by id, in file order
 * @param rows   the stance rows, in file order
 */
public record FncCorpus(Map<Integer, String> bodies, List<Row> rows) {

    /**
     * One row of a stances file.
     *
     * @param line     1-based line in its file
     * @param headline the headline (the claim)
     * @param bodyId   the body's id
     * @param stance   the gold stance, empty in an unlabelled file
     */
    public record Row(int line, String headline, int bodyId, Optional<StanceLabel> stance) {
        public Row {
            Objects.requireNonNull(headline, "headline");
            Objects.requireNonNull(stance, "stance");
        }
    }

    public FncCorpus {
        bodies = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bodies));
        rows = List.copyOf(rows);
    }

    /**
     * Reads a bodies file and a stances file.
     *
     * @param requireStance whether every row must carry a stance (training, evaluation)
     * @throws CsvFormatException naming the file and line of the first problem
     */
    public static FncCorpus read(Path bodiesFile, Path stancesFile, boolean requireStance) throws IOException {
        Map<Integer, String> bodies = readBodies(bodiesFile);
        return new FncCorpus(bodies, readStances(stancesFile, bodies, requireStance));
    }

    /** Reads a bodies file: {@code Body ID,articleBody}. */
    public static Map<Integer, String> readBodies(Path file) throws IOException {
        List<CsvReader.Record> records = CsvReader.read(file);
        String name = file.toString();
        int id = column(name, records.getFirst(), "Body ID", true);
        int text = column(name, records.getFirst(), "articleBody", true);
        Map<Integer, String> bodies = new LinkedHashMap<>();
        for (CsvReader.Record record : records.subList(1, records.size())) {
            int bodyId = bodyId(name, record, record.fields().get(id));
            String body = record.fields().get(text);
            if (body.isBlank()) {
                throw new CsvFormatException(name, record.line(), "empty articleBody for body " + bodyId);
            }
            if (bodies.putIfAbsent(bodyId, body) != null) {
                throw new CsvFormatException(name, record.line(), "body id " + bodyId + " appears twice");
            }
        }
        return bodies;
    }

    /** Reads a stances file: {@code Headline,Body ID} and, when present or required, {@code Stance}. */
    public static List<Row> readStances(Path file, Map<Integer, String> bodies, boolean requireStance)
            throws IOException {
        List<CsvReader.Record> records = CsvReader.read(file);
        String name = file.toString();
        CsvReader.Record header = records.getFirst();
        int headlineColumn = column(name, header, "Headline", true);
        int idColumn = column(name, header, "Body ID", true);
        int stanceColumn = column(name, header, "Stance", requireStance);
        List<Row> rows = new ArrayList<>();
        for (CsvReader.Record record : records.subList(1, records.size())) {
            String headline = record.fields().get(headlineColumn);
            if (headline.isBlank()) {
                throw new CsvFormatException(name, record.line(), "empty headline");
            }
            int bodyId = bodyId(name, record, record.fields().get(idColumn));
            if (!bodies.containsKey(bodyId)) {
                throw new CsvFormatException(name, record.line(), "unknown body id " + bodyId
                        + " (not in the bodies file)");
            }
            Optional<StanceLabel> stance = Optional.empty();
            if (stanceColumn >= 0) {
                String value = record.fields().get(stanceColumn);
                stance = StanceLabel.ofFncName(value);
                if (stance.isEmpty()) {
                    throw new CsvFormatException(name, record.line(), "unknown stance \"" + value
                            + "\" (expected agree, disagree, discuss or unrelated)");
                }
            }
            rows.add(new Row(record.line(), headline, bodyId, stance));
        }
        return rows;
    }

    /** The labelled pairs of this corpus; every row must carry a stance. */
    public List<StancePair> pairs() {
        return rows.stream().map(row -> new StancePair(row.headline(), bodies.get(row.bodyId()),
                row.stance().orElseThrow(() -> new IllegalStateException("row " + row.line() + " has no stance"))))
                .toList();
    }

    /** The pairs of the given rows, with their gold label, or {@code unrelated} as a placeholder when unlabelled. */
    public List<StancePair> pairs(List<Row> of) {
        return of.stream().map(row -> new StancePair(row.headline(), bodies.get(row.bodyId()),
                row.stance().orElse(StanceLabel.UNRELATED))).toList();
    }

    /** Writes predictions as {@code Headline,Body ID,Stance}, one row per input row, quoting as RFC 4180. */
    public static void writePredictions(Path file, List<Row> rows, List<StanceLabel> predicted) throws IOException {
        if (rows.size() != predicted.size()) {
            throw new IllegalArgumentException("need one prediction per row");
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Headline,Body ID,Stance\r\n");
            for (int i = 0; i < rows.size(); i++) {
                out.write(quote(rows.get(i).headline()) + "," + rows.get(i).bodyId() + ","
                        + predicted.get(i).fncName() + "\r\n");
            }
        }
    }

    /** A field quoted when it needs to be. */
    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static int column(String file, CsvReader.Record header, String name, boolean required) {
        int index = header.fields().stream().map(String::strip).toList().indexOf(name);
        if (index < 0 && required) {
            throw new CsvFormatException(file, header.line(), "missing column \"" + name + "\" in the header "
                    + header.fields());
        }
        return index;
    }

    private static int bodyId(String file, CsvReader.Record record, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new CsvFormatException(file, record.line(), "body id is not a whole number: \"" + value + "\"");
        }
    }
}
