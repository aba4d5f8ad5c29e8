package news.reliability.core.text;

import java.util.Objects;

/**
 * A token of text.
 *
 * @param start offset of its first character in the text it was cut from
 * @param end   offset just past its last character
 * @param text  the token as written
 */
public record Token(int start, int end, String text) {

    public Token {
        Objects.requireNonNull(text, "text");
    }

    /** Whether the token starts with an upper-case letter. */
    public boolean capitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether the token is made of letters only. */
    public boolean alphabetic() {
        return !text.isEmpty() && text.chars().allMatch(Character::isLetter);
    }
}
