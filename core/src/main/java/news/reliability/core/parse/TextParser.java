package news.reliability.core.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import news.reliability.core.model.Block;
import news.reliability.core.model.BlockKind;

/**
 * Splits plain text into lines, grouped into paragraphs at blank lines. Every non-blank line becomes one
 * {@link BlockKind#LINE} block whose offsets point into the text exactly as given ({@code \n}, {@code \r\n}
 * and {@code \r} all end a line; the terminator is not part of the block).
 *
 * <p>Stateless and thread-safe.
 */
public final class TextParser {

    static final String TAG_PATH = "text/p";

    /** Parses {@code text}; never throws for any string, and returns no blocks for blank text. */
    public ParsedDocument parse(String text) {
        List<Block> blocks = new ArrayList<>();
        int paragraph = 0;
        boolean paragraphOpen = false;
        int lineStart = 0;
        int length = text.length();
        while (lineStart <= length) {
            int lineEnd = lineStart;
            while (lineEnd < length && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            int contentStart = lineStart;
            int contentEnd = lineEnd;
            while (contentStart < contentEnd && Character.isWhitespace(text.charAt(contentStart))) {
                contentStart++;
            }
            while (contentEnd > contentStart && Character.isWhitespace(text.charAt(contentEnd - 1))) {
                contentEnd--;
            }
            if (contentStart == contentEnd) {
                if (paragraphOpen) {
                    paragraph++;
                    paragraphOpen = false;
                }
            } else {
                blocks.add(new Block(blocks.size(), BlockKind.LINE, contentStart, contentEnd,
                        text.substring(contentStart, contentEnd), paragraph, TAG_PATH, 0.0,
                        contentStart, contentEnd));
                paragraphOpen = true;
            }
            if (lineEnd >= length) {
                break;
            }
            lineStart = lineEnd + (text.charAt(lineEnd) == '\r' && lineEnd + 1 < length
                    && text.charAt(lineEnd + 1) == '\n' ? 2 : 1);
        }
        return new ParsedDocument(text, blocks, Optional.empty());
    }
}
