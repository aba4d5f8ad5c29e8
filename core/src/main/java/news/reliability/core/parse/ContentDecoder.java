package news.reliability.core.parse;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
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
 * the first 2 KB, then UTF-8 if the bytes are valid UTF-8, else for HTML the first declaration of another
 * charset in the first {@value #LATE_DECLARATION_WINDOW} bytes (archived pages carry the archive's UTF-8
 * declaration before the page's own; script-heavy heads push it past 2 KB), else UTF-8 where the bytes are
 * valid UTF-8 and Windows-1252 (what undeclared legacy pages almost always are) for each byte that is not.
 * A UTF-8 declaration on bytes that are not UTF-8 is not believed. Never throws; stateless and thread-safe.
 */
public final class ContentDecoder {

    private static final Pattern DECLARED_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final int DECLARATION_WINDOW = 2048;
    private static final int LATE_DECLARATION_WINDOW = 65_536;

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
        Optional<Charset> declared = matcher.find() ? charset(matcher.group(1)) : Optional.empty();
        boolean unsure = declared.isEmpty() || declared.get().equals(StandardCharsets.UTF_8);
        if (unsure && !hasByteOrderMark(bytes) && !isUtf8(bytes)) {
            declared = lateDeclaration(bytes);
        }
        return decode(bytes, declared);
    }

    /** The first declared charset other than UTF-8 in the first {@value #LATE_DECLARATION_WINDOW} bytes. */
    private static Optional<Charset> lateDeclaration(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, LATE_DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
        Matcher matcher = DECLARED_CHARSET.matcher(head);
        while (matcher.find()) {
            Optional<Charset> charset = charset(matcher.group(1));
            if (charset.isPresent() && !charset.get().equals(StandardCharsets.UTF_8)) {
                return charset;
            }
        }
        return Optional.empty();
    }

    private static Optional<Charset> charset(String label) {
        try {
            return asBrowsersRead(Charset.forName(label));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                || bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                        || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE);
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
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
        return utf8OrWindows1252(bytes);
    }

    /**
     * UTF-8 where the bytes are valid UTF-8, Windows-1252 for each byte that is not: a legacy page comes out
     * as Windows-1252 throughout, and a UTF-8 page with a few legacy bytes pasted in keeps its UTF-8 text.
     */
    private static String utf8OrWindows1252(byte[] bytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Charset legacy = Charset.forName("windows-1252");
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        while (true) {
            CoderResult result = utf8.decode(in, out, true);
            if (result.isError()) {
                for (int i = 0; i < result.length(); i++) {
                    out.put(legacy.decode(ByteBuffer.wrap(new byte[] {in.get()})).get());
                }
            } else if (result.isUnderflow()) {
                utf8.flush(out);
                break;
            } else {
                CharBuffer larger = CharBuffer.allocate(out.capacity() * 2);
                out.flip();
                out = larger.put(out);
            }
        }
        out.flip();
        return out.toString();
    }
}
