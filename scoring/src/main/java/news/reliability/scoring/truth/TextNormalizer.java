package news.reliability.scoring.truth;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds text for comparison: compatibility decomposition, accents dropped, lower case, white space collapsed. */
final class TextNormalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACE = Pattern.compile("\\s+");

    private TextNormalizer() {
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return SPACE.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
