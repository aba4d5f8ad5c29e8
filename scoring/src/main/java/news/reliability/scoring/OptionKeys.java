package news.reliability.scoring;

import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;

/**
 * Reading namespaced option keys ({@code ml.tree.maxDepth}, {@code boilerplate.threshold},
 * {@code scoring.truth.engine.tolerance}, ...) for the {@code Options.of} parsers: unknown keys of a namespace
 * are refused, not ignored, and a value that is not of its key's type is refused with an
 * {@link IllegalArgumentException} that names the key, so that {@code --set ml.tree.maxDepth=abc} says which
 * option was wrong. Values are read with surrounding white space stripped; an absent key gives the fallback.
 */
public final class OptionKeys {

    private OptionKeys() {
    }

    public static void refuseUnknown(Properties properties, String prefix, Set<String> names) {
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(prefix) && !names.contains(key.substring(prefix.length()))) {
                throw new IllegalArgumentException("unknown option: " + key);
            }
        }
    }

    public static double number(Properties properties, String key, double fallback) {
        return read(properties, key, fallback, Double::parseDouble, "a number");
    }

    public static int integer(Properties properties, String key, int fallback) {
        return read(properties, key, fallback, Integer::parseInt, "an integer");
    }

    public static long longInteger(Properties properties, String key, long fallback) {
        return read(properties, key, fallback, Long::parseLong, "an integer");
    }

    /** The stripped value of {@code key} parsed, or {@code fallback} when absent; refused naming the key. */
    private static <T> T read(Properties properties, String key, T fallback, Function<String, T> parse, String what) {
        String value = properties.getProperty(key);
        try {
            return value == null ? fallback : parse.apply(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not " + what + ": " + value, e);
        }
    }

    /** {@code true} or {@code false} in any case; anything else is refused rather than read as false. */
    public static boolean bool(Properties properties, String key, boolean fallback) {
        String value = properties.getProperty(key);
        if (value == null) {
            return fallback;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(key + " is not true or false: " + value);
        };
    }
}
