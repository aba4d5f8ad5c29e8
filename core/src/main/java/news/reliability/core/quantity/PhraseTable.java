package news.reliability.core.quantity;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Multi-token phrases ("per cent", "US$", "more than") matched against a {@link TokenSequence}, longest
 * first, forwards or backwards. Matching is case-insensitive. Where the phrase as written has no space
 * between two tokens ("US$", "a.m."), the text must have none either; where it has a space, the text may
 * or may not. Immutable after construction; safe to share.
 *
 * @param <V> what a phrase stands for
 */
final class PhraseTable<V> {

    /** A phrase found at tokens [start, end). */
    record Match<V>(V value, int start, int end) {}

    private static final class Node<V> {
        final Map<String, Node<V>> children = new HashMap<>();
        /** Whether the token that led here must touch the one before it (forward) or after it (backward). */
        boolean mustTouch;
        V value;
    }

    private final Node<V> forward = new Node<>();
    private final Node<V> backward = new Node<>();
    private final int longest;

    PhraseTable(Map<String, V> phrases) {
        int max = 0;
        for (var entry : phrases.entrySet()) {
            TokenSequence words = TokenSequence.of(entry.getKey());
            int n = words.size();
            if (n == 0) {
                throw new IllegalArgumentException("empty phrase for " + entry.getValue());
            }
            max = Math.max(max, n);
            Node<V> node = forward;
            for (int i = 0; i < n; i++) {
                boolean touch = i > 0 && words.adjacent(i);
                node = node.children.computeIfAbsent(words.lower(i), k -> new Node<>());
                node.mustTouch = touch;
            }
            node.value = entry.getValue();
            node = backward;
            for (int i = n - 1; i >= 0; i--) {
                boolean touch = i < n - 1 && words.adjacent(i + 1);
                node = node.children.computeIfAbsent(words.lower(i), k -> new Node<>());
                node.mustTouch = touch;
            }
            node.value = entry.getValue();
        }
        this.longest = max;
    }

    /** The longest phrase starting at token {@code start}. */
    Optional<Match<V>> matchAt(TokenSequence tokens, int start) {
        Match<V> best = null;
        Node<V> node = forward;
        for (int i = start; i < tokens.size() && i - start < longest; i++) {
            node = node.children.get(tokens.lower(i));
            if (node == null || node.mustTouch && !tokens.adjacent(i)) {
                break;
            }
            if (node.value != null) {
                best = new Match<>(node.value, start, i + 1);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The longest phrase ending just before token {@code end}, starting no earlier than {@code floor}. */
    Optional<Match<V>> matchEndingAt(TokenSequence tokens, int end, int floor) {
        Match<V> best = null;
        Node<V> node = backward;
        for (int i = end - 1; i >= Math.max(0, floor) && end - i <= longest; i--) {
            node = node.children.get(tokens.lower(i));
            if (node == null || node.mustTouch && !tokens.adjacent(i + 1)) {
                break;
            }
            if (node.value != null) {
                best = new Match<>(node.value, i, end);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Every lower-case token of every phrase. */
    Set<String> words() {
        var out = new HashSet<String>();
        var pending = new ArrayDeque<Node<V>>(List.of(forward));
        while (!pending.isEmpty()) {
            for (var child : pending.pop().children.entrySet()) {
                out.add(child.getKey());
                pending.push(child.getValue());
            }
        }
        return Set.copyOf(out);
    }

    /** The lower-case first tokens of all phrases: the words that can start a match. */
    Set<String> firstWords() {
        return Set.copyOf(forward.children.keySet());
    }
}
