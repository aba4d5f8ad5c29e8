package news.reliability.core.align;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import news.reliability.core.model.Claim;
import news.reliability.core.text.ResourceTable;
import news.reliability.core.text.Token;
import news.reliability.core.text.Tokenizer;

/**
 * Which way a claim says its value moved: up ("rose 5 %", "a 5 % increase") or down ("fell 5 %", "cut by
 * 5 %"), read from direction words within a few words of the value (lists in {@code claim/cues.tsv}).
 * Two claims with the same figure and opposite directions contradict each other: antonyms. Stateless.
 */
enum Direction {
    UP, DOWN;

    /** How many words either side of the value a direction word may stand. */
    private static final int REACH = 4;
    private static final Map<String, Set<String>> CUES = ResourceTable.wordSets(
            news.reliability.core.claim.ClaimExtractor.class, "cues.tsv");
    private static final Tokenizer TOKENIZER = new Tokenizer();

    /** The direction the claim gives its value, if any word near the value says. */
    static Optional<Direction> of(Claim claim) {
        if (claim.quantity().isEmpty()) {
            return Optional.empty();
        }
        String text = claim.text();
        int at = text.indexOf(claim.quantity().get().text());
        if (at < 0) {
            return Optional.empty();
        }
        List<Token> tokens = TOKENIZER.tokenize(text);
        int first = 0;
        while (first < tokens.size() && tokens.get(first).end() <= at) {
            first++;
        }
        int last = first;
        int end = at + claim.quantity().get().text().length();
        while (last + 1 < tokens.size() && tokens.get(last + 1).start() < end) {
            last++;
        }
        Direction nearest = null;
        int nearestDistance = Integer.MAX_VALUE;
        for (int i = Math.max(0, first - REACH); i < Math.min(tokens.size(), last + 1 + REACH); i++) {
            if (i >= first && i <= last) {
                continue;
            }
            String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
            Direction direction = CUES.get("direction-up").contains(word) ? UP
                    : CUES.get("direction-down").contains(word) ? DOWN : null;
            int distance = i < first ? first - i : i - last;
            if (direction != null && distance < nearestDistance) {
                nearest = direction;
                nearestDistance = distance;
            }
        }
        return Optional.ofNullable(nearest);
    }
}
