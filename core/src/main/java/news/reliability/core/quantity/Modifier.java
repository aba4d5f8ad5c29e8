package news.reliability.core.quantity;

/** Stand-in until the quantity parser lands. */
public enum Modifier { NONE, MORE_THAN, AT_LEAST, UP_TO, LESS_THAN, AT_MOST, ABOUT, NEARLY }
