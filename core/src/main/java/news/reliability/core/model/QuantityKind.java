package news.reliability.core.model;

/** The closed set of value kinds a claim can carry. */
public enum QuantityKind {
    MONEY, PERCENT, COUNT, DURATION, DATE
}
