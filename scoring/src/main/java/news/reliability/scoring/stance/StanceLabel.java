package news.reliability.scoring.stance;

import java.util.Locale;
import java.util.Optional;

/** How a text stands toward a claim, in FNC-1's four classes; the ordinal is the class index of the models. */
public enum StanceLabel {
    AGREE, DISAGREE, DISCUSS, UNRELATED;

    /** The label as FNC-1 files write it: {@code agree}, {@code disagree}, {@code discuss}, {@code unrelated}. */
    public String fncName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The label of an FNC-1 name, case-insensitive and stripped; empty for anything else. */
    public static Optional<StanceLabel> ofFncName(String name) {
        String key = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        for (StanceLabel label : values()) {
            if (label.name().equals(key)) {
                return Optional.of(label);
            }
        }
        return Optional.empty();
    }

    /** Whether the text is about the claim at all (agree, disagree or discuss). */
    public boolean related() {
        return this != UNRELATED;
    }
}
