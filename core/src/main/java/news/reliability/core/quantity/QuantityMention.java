package news.reliability.core.quantity;

import news.reliability.core.model.Quantity;

/** Stand-in until the quantity parser lands. */
public record QuantityMention(int start, int end, Quantity quantity, Modifier modifier) {
}
