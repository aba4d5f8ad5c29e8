package news.reliability.scoring.truth;

import java.util.Properties;
import java.util.Set;

/** Reading namespaced option keys: unknown keys of a namespace are refused, not ignored. */
final class OptionKeys {

    private OptionKeys() {
    }

    static void refuseUnknown(Properties properties, String prefix, Set<String> names) {
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith(prefix) && !names.contains(key.substring(prefix.length()))) {
                throw new IllegalArgumentException("unknown option: " + key);
            }
        }
    }

    static double number(Properties properties, String key, double fallback) {
        String value = properties.getProperty(key);
        try {
            return value == null ? fallback : Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not a number: " + value);
        }
    }

    static int integer(Properties properties, String key, int fallback) {
        String value = properties.getProperty(key);
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is not an integer: " + value);
        }
    }

    static boolean bool(Properties properties, String key, boolean fallback) {
        String value = properties.getProperty(key);
        if (value == null) {
            return fallback;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException(key + " is not true or false: " + value);
        };
    }
}
