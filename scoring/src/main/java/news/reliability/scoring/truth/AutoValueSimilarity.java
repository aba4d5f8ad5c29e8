package news.reliability.scoring.truth;

import java.util.Optional;

/**
 * Numbers where values are numbers, text elsewhere. Numeric keys are prefixed so that the text "1000" and
 * the number 1000 do not mix up with text keys that look alike.
 */
final class AutoValueSimilarity implements ValueSimilarity {

    private static final String NUMBER = "#";

    private final NumericValueSimilarity numbers;

    AutoValueSimilarity(NumericValueSimilarity numbers) {
        this.numbers = numbers;
    }

    @Override
    public Optional<String> normalize(String raw) {
        Optional<String> number = numbers.normalize(raw);
        if (number.isPresent()) {
            return Optional.of(NUMBER + number.get());
        }
        return TextValueSimilarity.INSTANCE.normalize(raw).map(text -> text.startsWith(NUMBER) ? "'" + text : text);
    }

    @Override
    public double similarity(String a, String b) {
        boolean numberA = a.startsWith(NUMBER);
        boolean numberB = b.startsWith(NUMBER);
        if (numberA && numberB) {
            return numbers.similarity(a.substring(1), b.substring(1));
        }
        if (numberA || numberB) {
            return 0;
        }
        return TextValueSimilarity.INSTANCE.similarity(a, b);
    }
}
