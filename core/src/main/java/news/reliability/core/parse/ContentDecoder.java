package news.reliability.core.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of a file into text: a byte-order mark wins, then for HTML a {@code charset} declared in
 * the first 2 KB, then UTF-8 if the bytes are valid UTF-8, else Windows-1252 (what undeclared legacy pages
 * almost always are). Never throws; stateless and thread-safe.
 */
public final class ContentDecoder {

    private static final Pattern DECLARED_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final int DECLARATION_WINDOW = 2048;

    private ContentDecoder() {
    }

    /** Decodes plain text. */
    public static String decodeText(byte[] bytes) {
        return decode(bytes, Optional.empty());
    }

    /** Decodes HTML, honouring a {@code <meta charset>} or {@code http-equiv} declaration. */
    public static String decodeHtml(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher matcher = DECLARED_CHARSET.matcher(head);
        Optional<Charset> declared = Optional.empty();
        if (matcher.find()) {
            try {
                declared = asBrowsersRead(Charset.forName(matcher.group(1)));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                declared = Optional.empty();
            }
        }
        return decode(bytes, declared);
    }

    /**
     * The WHATWG Encoding Standard's reading of a declared label: Latin-1 and ASCII labels mean Windows-1252
     * (else its curly quotes become C1 control characters), and a UTF-16/32 declaration is ignored, since a
     * declaration readable as ASCII cannot be in UTF-16 or UTF-32.
     */
    private static Optional<Charset> asBrowsersRead(Charset declared) {
        String name = declared.name().toUpperCase(Locale.ROOT);
        if (name.contains("UTF-16") || name.contains("UTF-32")) {
            return Optional.empty();
        }
        if (declared.equals(StandardCharsets.ISO_8859_1) || declared.equals(StandardCharsets.US_ASCII)) {
            return Optional.of(Charset.forName("windows-1252"));
        }
        return Optional.of(declared);
    }

    private static String decode(byte[] bytes, Optional<Charset> declared) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (declared.isPresent()) {
            return new String(bytes, declared.get());
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }
}
