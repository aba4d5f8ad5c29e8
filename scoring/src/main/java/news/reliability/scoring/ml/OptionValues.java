package news.reliability.scoring.ml;

import java.util.Locale;
import java.util.Properties;

/**
 * Typed reads of option values from {@link Properties}, for the {@code Options.of} parsers: a value that is
 * not of its key's type is refused with an {@link IllegalArgumentException} that names the key, so that
 * {@code --set ml.tree.maxDepth=abc} says which option was wrong. Values are read with surrounding white
 * space stripped; an absent key gives the fallback.
 */
public final class OptionValues {

    private OptionValues() {
    }

    public static int integer(Properties properties, String key, int fallback) {
        String text = properties.getProperty(key);
        try {
            return text == null ? fallback : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number: " + text, e);
        }
    }

    public static long longInteger(Properties properties, String key, long fallback) {
        String text = properties.getProperty(key);
        try {
            return text == null ? fallback : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a whole number: " + text, e);
        }
    }

    public static double decimal(Properties properties, String key, double fallback) {
        String text = properties.getProperty(key);
        try {
            return text == null ? fallback : Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a number: " + text, e);
        }
    }

    /** {@code true} or {@code false} in any case; anything else is refused rather than read as false. */
    public static boolean bool(Properties properties, String key, boolean fallback) {
        String text = properties.getProperty(key);
        if (text == null) {
            return fallback;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(key + " must be true or false: " + text);
        };
    }
}
