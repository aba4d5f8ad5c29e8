package news.reliability.scoring.truth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.zip.CRC32;
import java.util.zip.GZIPInputStream;

/**
 * The public truth-discovery benchmarks, read from their files and turned into claims, with their scoring.
 * Nothing here is tuned on the gold answers; the files are read by path and never copied.
 *
 * <ul>
 *   <li><b>Book</b> ({@code book.txt}: source, ISBN, title, author list; {@code book_golden.txt}: ISBN,
 *   author list): object = ISBN (ISBN-10 converted to ISBN-13, so one book is one object), value = the
 *   author list, compared as sets of person names ({@link ValueSimilarity#personList()}). Empty and
 *   "Not Available" lists are missing, not claims. Right when the chosen list names the same authors as the
 *   gold list ({@link PersonNameNormalizer#sameAuthors}); precision = right / gold books.</li>
 *   <li><b>Population</b> ({@code population_claims.csv.gz}: city, property (PopulationYYYY), value, editor,
 *   time stamp; {@code population_truth.csv}): object = city + year, value = the number, source = the editor
 *   (each anonymous IP address is its own source: an address is not a person and we have nothing better).
 *   An editor's later edit of the same city-year supersedes its earlier ones: the latest time stamp wins,
 *   and rows without a usable time stamp count in file order. Right when the chosen number equals the census
 *   value; accuracy = right / gold city-years that have claims.</li>
 * </ul>
 */
public final class TruthBenchmarks {

    /** Relative tolerance within which population figures support each other (rounding-level differences). */
    public static final double POPULATION_TOLERANCE = 0.01;

    /**
     * A benchmark in claim form.
     *
     * @param name       {@code book} or {@code population}
     * @param claims     the claims
     * @param similarity how its values compare
     * @param gold       the gold value per object
     * @param same       whether a chosen raw value matches a gold raw value
     */
    public record Dataset(String name, List<TruthClaim> claims, ValueSimilarity similarity, Map<String, String> gold,
                          BiPredicate<String, String> same) {
    }

    /**
     * A score.
     *
     * @param right     gold objects whose chosen value is right
     * @param evaluated gold objects evaluated
     */
    public record Score(int right, int evaluated) {
        public double rate() {
            return evaluated == 0 ? 0 : (double) right / evaluated;
        }
    }

    private TruthBenchmarks() {
    }

    public static Dataset book(Path dir) throws IOException {
        List<TruthClaim> claims = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(dir.resolve("book.txt"), StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] fields = line.split("\t", -1);
                if (fields.length < 4 || fields[0].isBlank() || fields[1].isBlank() || fields[3].isBlank()) {
                    continue;
                }
                claims.add(new TruthClaim(fields[0].strip(), isbn13(fields[1]), fields[3].strip()));
            }
        }
        Map<String, String> gold = new LinkedHashMap<>();
        for (String line : Files.readAllLines(dir.resolve("book_golden.txt"), StandardCharsets.UTF_8)) {
            String[] fields = line.split("\t", -1);
            if (fields.length >= 2 && !fields[0].isBlank()) {
                gold.put(isbn13(fields[0]), fields[1]);
            }
        }
        return new Dataset("book", claims, ValueSimilarity.personList(), gold,
                (chosen, expected) -> PersonNameNormalizer.sameAuthors(
                        PersonNameNormalizer.parse(chosen), PersonNameNormalizer.parse(expected)));
    }

    public static Dataset population(Path dir) throws IOException {
        Map<String, String[]> latest = new LinkedHashMap<>();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("population_claims.csv.gz")));
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine();
            while ((line = reader.readLine()) != null) {
                List<String> fields = csv(line);
                if (fields.size() < 5 || fields.get(2).isBlank() || fields.get(3).isBlank()) {
                    continue;
                }
                String object = fields.get(0) + "|" + fields.get(1);
                String key = fields.get(3) + "\u0000" + object;
                String[] previous = latest.get(key);
                if (previous == null || !isLater(previous[3], fields.get(4))) {
                    latest.remove(key);
                    latest.put(key, new String[] {fields.get(3), object, fields.get(2), fields.get(4)});
                }
            }
        }
        List<TruthClaim> claims = new ArrayList<>(latest.size());
        for (String[] row : latest.values()) {
            claims.add(new TruthClaim(row[0], row[1], row[2]));
        }
        Map<String, String> gold = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(dir.resolve("population_truth.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            List<String> fields = csv(line);
            if (fields.size() >= 3) {
                gold.put(fields.get(0) + "|" + fields.get(1), fields.get(2));
            }
        }
        ValueSimilarity numbers = ValueSimilarity.numeric(POPULATION_TOLERANCE);
        return new Dataset("population", claims, numbers, gold, (chosen, expected) -> {
            Optional<String> a = numbers.normalize(chosen);
            return a.isPresent() && a.equals(numbers.normalize(expected));
        });
    }

    /** Whether the kept edit's time stamp is later than a new row's; rows without time stamps keep file order. */
    private static boolean isLater(String kept, String candidate) {
        boolean keptKnown = !kept.isBlank() && !kept.equals("null");
        boolean candidateKnown = !candidate.isBlank() && !candidate.equals("null");
        return keptKnown && candidateKnown && kept.compareTo(candidate) > 0;
    }

    /** Scores a result against the gold values; objects without claims are not evaluated. */
    public static Score score(Dataset dataset, TruthResult result) {
        return score(dataset, result, object -> true);
    }

    /**
     * Which half of the gold objects an object belongs to: the development half (true) when the CRC-32 of its
     * id (UTF-8) is even, else the held-out half. Errors may be looked at on the development half only, so
     * that the held-out half still measures what was decided on the other.
     */
    public static boolean development(String object) {
        CRC32 crc = new CRC32();
        crc.update(object.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 2 == 0;
    }

    /** Scores a result against the gold values of the objects {@code part} accepts. */
    public static Score score(Dataset dataset, TruthResult result, Predicate<String> part) {
        Map<String, ValueConfidence> chosen = result.chosen();
        int right = 0;
        int evaluated = 0;
        for (Map.Entry<String, String> gold : dataset.gold().entrySet()) {
            if (!part.test(gold.getKey())) {
                continue;
            }
            ValueConfidence value = chosen.get(gold.getKey());
            if (value == null && dataset.name().equals("population")) {
                continue;
            }
            evaluated++;
            if (value != null && dataset.same().test(value.value(), gold.getValue())) {
                right++;
            }
        }
        return new Score(right, evaluated);
    }

    /**
     * A diagnostic, not a method: how far weighting each source by one trust can go on a benchmark. Each
     * source's trust is fitted to the gold values of the objects {@code fit} accepts (its claims there that
     * match gold, under a Beta prior of strength 2 around its trust in {@code estimate}; sources with no claim
     * there keep that trust), and every object {@code part} accepts is then decided by a vote of
     * ln(n A / (1 - A)) per claim over the normalised values (ties to the smaller value). With {@code fit} equal
     * to {@code part} the figure is in-sample, an optimistic bound on any method that weighs sources by one
     * trust each (the engine, TruthFinder, Accu); with the other half as {@code fit}, it is what knowing half
     * the answers beforehand would give.
     */
    public static Score goldFittedVote(Dataset dataset, TruthResult estimate, Predicate<String> fit,
                                       Predicate<String> part, int falseValues) {
        Map<String, List<TruthClaim>> byObject = new LinkedHashMap<>();
        for (TruthClaim claim : dataset.claims()) {
            if (dataset.gold().containsKey(claim.object())) {
                byObject.computeIfAbsent(claim.object(), o -> new ArrayList<>()).add(claim);
            }
        }
        Map<String, double[]> record = new HashMap<>();
        for (Map.Entry<String, List<TruthClaim>> object : byObject.entrySet()) {
            if (!fit.test(object.getKey())) {
                continue;
            }
            String gold = dataset.gold().get(object.getKey());
            for (TruthClaim claim : object.getValue()) {
                double[] counts = record.computeIfAbsent(claim.source(), s -> new double[2]);
                counts[0] += dataset.same().test(claim.value(), gold) ? 1 : 0;
                counts[1]++;
            }
        }
        Map<String, SourceTrust> estimated = estimate.trustBySource();
        int right = 0;
        int evaluated = 0;
        for (Map.Entry<String, List<TruthClaim>> object : byObject.entrySet()) {
            if (!part.test(object.getKey())) {
                continue;
            }
            Map<String, Double> score = new TreeMap<>();
            Map<String, String> raw = new HashMap<>();
            for (TruthClaim claim : object.getValue()) {
                SourceTrust known = estimated.get(claim.source());
                double trust = known == null ? 0.5 : known.trust();
                double[] counts = record.get(claim.source());
                if (counts != null) {
                    trust = (counts[0] + 2 * trust) / (counts[1] + 2);
                }
                trust = Math.min(1 - 1e-6, Math.max(1e-6, trust));
                String value = dataset.similarity().normalize(claim.value()).orElse(claim.value());
                score.merge(value, claim.weight() * Math.log(falseValues * trust / (1 - trust)), Double::sum);
                raw.putIfAbsent(value, claim.value());
            }
            String best = null;
            for (Map.Entry<String, Double> value : score.entrySet()) {
                if (best == null || value.getValue() > score.get(best)) {
                    best = value.getKey();
                }
            }
            evaluated++;
            if (best != null && dataset.same().test(raw.get(best), dataset.gold().get(object.getKey()))) {
                right++;
            }
        }
        return new Score(right, evaluated);
    }

    /** ISBN-10 to ISBN-13 (prefix 978, new check digit); anything else stripped of hyphens and spaces. */
    static String isbn13(String isbn) {
        String digits = isbn.replaceAll("[\\s-]", "").toUpperCase(java.util.Locale.ROOT);
        if (digits.length() != 10 || !digits.substring(0, 9).chars().allMatch(Character::isDigit)) {
            return digits;
        }
        String body = "978" + digits.substring(0, 9);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (body.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return body + (10 - sum % 10) % 10;
    }

    /** One line of simple CSV: fields optionally in double quotes, "" for a quote inside. */
    static List<String> csv(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
