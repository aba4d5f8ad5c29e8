package news.reliability.core.quantity;

import java.util.Objects;

import news.reliability.core.model.Quantity;

/**
 * One quantity found in a text.
 *
 * @param start    offset of the first character in the text passed to the extractor (modifier included)
 * @param end      offset just past the last character; {@code quantity.text()} is {@code text.substring(start, end)}
 * @param quantity the normalised value and the interval its wording allows
 * @param modifier the hedge word in front of the figure, {@link Modifier#NONE} when there is none
 */
public record QuantityMention(int start, int end, Quantity quantity, Modifier modifier) {

    public QuantityMention {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(modifier, "modifier");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span: " + start + ".." + end);
        }
    }
}
