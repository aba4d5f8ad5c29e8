package news.reliability.scoring.stance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The cue word lists of stance detection, grouped by concept, read from {@code stance/*.txt} on the class
 * path: stop words, negation, refuting, hedging and agreeing words, date words. All lower case. Immutable.
 *
 * @param stopWords function words that carry no topic
 * @param negation  words that negate their statement
 * @param refuting  words with which a text denies or debunks a claim
 * @param hedging   words with which a text reports a claim without vouching for it
 * @param agreeing  words with which a text vouches for a claim
 * @param dates     month and weekday names
 */
public record WordLists(Set<String> stopWords, Set<String> negation, Set<String> refuting, Set<String> hedging,
                        Set<String> agreeing, Set<String> dates) {

    private static final WordLists STANDARD = new WordLists(read("stopwords"), read("negation"), read("refuting"),
            read("hedging"), read("agreeing"), read("dates"));

    public WordLists {
        stopWords = Set.copyOf(Objects.requireNonNull(stopWords, "stopWords"));
        negation = Set.copyOf(Objects.requireNonNull(negation, "negation"));
        refuting = Set.copyOf(Objects.requireNonNull(refuting, "refuting"));
        hedging = Set.copyOf(Objects.requireNonNull(hedging, "hedging"));
        agreeing = Set.copyOf(Objects.requireNonNull(agreeing, "agreeing"));
        dates = Set.copyOf(Objects.requireNonNull(dates, "dates"));
    }

    /** The lists shipped with the scorer. */
    public static WordLists standard() {
        return STANDARD;
    }

    private static Set<String> read(String name) {
        String resource = "stance/" + name + ".txt";
        try (InputStream in = WordLists.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list missing from the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
