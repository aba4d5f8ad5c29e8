package news.reliability.core.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * An outlet that publishes articles, identified by its display name.
 *
 * @param name the outlet's display name, as the user gave it; never blank
 */
public record Source(String name) {

    private static final int MAX_NAME_LENGTH = 200;

    public Source {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("source name must not be blank");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("source name longer than " + MAX_NAME_LENGTH + " characters");
        }
    }

    /**
     * The stable public identifier of this source: its name folded to lower-case ASCII letters, digits and
     * single hyphens ("The Daily Ledger" becomes "the-daily-ledger"). Names without any such character fall
     * back to a hash so that every source has a non-empty id.
     */
    public String id() {
        String folded = Normalizer.normalize(transliterate(name), Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return folded.isEmpty() ? "source-" + Hashes.sha256Hex(name).substring(0, 12) : folded;
    }

    /** Latin letters that Unicode decomposition does not reduce to ASCII. */
    private static String transliterate(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(switch (c) {
                case 'ß' -> "ss";
                case 'æ' -> "ae";
                case 'Æ' -> "AE";
                case 'œ' -> "oe";
                case 'Œ' -> "OE";
                case 'ø' -> "o";
                case 'Ø' -> "O";
                case 'đ', 'ð' -> "d";
                case 'Đ', 'Ð' -> "D";
                case 'ł' -> "l";
                case 'Ł' -> "L";
                case 'þ' -> "th";
                case 'Þ' -> "TH";
                case 'ı' -> "i";
                default -> String.valueOf(c);
            });
        }
        return out.toString();
    }
}
