package news.reliability.core.parse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContentDecoderTest {

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void utf8PassesThrough() {
        String text = "Le Monde Économie — “quoted” 漢字 😀";
        assertEquals(text, ContentDecoder.decodeText(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(text, ContentDecoder.decodeHtml(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void utf8ByteOrderMarkIsStripped() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "héllo".getBytes(StandardCharsets.UTF_8));
        assertEquals("héllo", ContentDecoder.decodeText(bytes));
        assertEquals("héllo", ContentDecoder.decodeHtml(bytes));
    }

    @Test
    void utf16ByteOrderMarksAreHonoured() {
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, "añb".getBytes(StandardCharsets.UTF_16BE));
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "añb".getBytes(StandardCharsets.UTF_16LE));
        assertEquals("añb", ContentDecoder.decodeText(be));
        assertEquals("añb", ContentDecoder.decodeText(le));
    }

    @Test
    void undeclaredInvalidUtf8IsWindows1252() {
        byte[] bytes = concat(ascii("He said "), new byte[] {(byte) 0x93}, ascii("hi"), new byte[] {(byte) 0x94},
                ascii(" for 5"), new byte[] {(byte) 0x80}, ascii(" caf"), new byte[] {(byte) 0xE9});
        assertEquals("He said “hi” for 5€ café", ContentDecoder.decodeText(bytes));
        assertEquals("He said “hi” for 5€ café", ContentDecoder.decodeHtml(bytes));
    }

    @Test
    void declaredCharsetIsHonoured() {
        byte[] bytes = concat(ascii("<html><head><meta charset=\"iso-8859-1\"></head><body><p>caf"),
                new byte[] {(byte) 0xE9}, ascii("</p></body></html>"));
        assertEquals("<html><head><meta charset=\"iso-8859-1\"></head><body><p>café</p></body></html>",
                ContentDecoder.decodeHtml(bytes));
    }

    @Test
    void declaredLatin1IsReadAsWindows1252() {
        // Regression: 0x93/0x94 under a Latin-1 declaration became the C1 controls U+0093/U+0094.
        byte[] bytes = concat(ascii("<meta charset=\"iso-8859-1\"><p>"), new byte[] {(byte) 0x93},
                ascii("hi"), new byte[] {(byte) 0x94}, ascii("</p>"));
        assertEquals("<meta charset=\"iso-8859-1\"><p>“hi”</p>", ContentDecoder.decodeHtml(bytes));
        byte[] ascii = concat(ascii("<meta charset=us-ascii>"), new byte[] {(byte) 0x80});
        assertEquals("<meta charset=us-ascii>€", ContentDecoder.decodeHtml(ascii));
    }

    @ParameterizedTest
    @ValueSource(strings = {"utf-16", "UTF-16LE", "utf-16be", "utf-32"})
    void utf16DeclarationInAnAsciiReadablePageIsIgnored(String name) {
        // Regression: the whole page was decoded as UTF-16 and became CJK-looking garbage.
        String page = "<meta charset=\"" + name + "\"><p>hello café</p>";
        assertEquals(page, ContentDecoder.decodeHtml(page.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void otherDeclaredCharsetsAreUsed() {
        byte[] bytes = concat(ascii("<meta charset=koi8-r>"), new byte[] {(byte) 0xC1});
        assertEquals("<meta charset=koi8-r>а", ContentDecoder.decodeHtml(bytes));
    }

    @Test
    void declarationWinsOverValidUtf8() {
        // "é" in UTF-8 is C3 A9, which ISO-8859-1 reads as two characters: the declaration decides.
        byte[] bytes = concat(ascii("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"),
                "é".getBytes(StandardCharsets.UTF_8));
        assertEquals("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">Ã©",
                ContentDecoder.decodeHtml(bytes));
    }

    @Test
    void utf8WithStrayLegacyBytesKeepsItsUtf8() {
        // a UTF-8 page with one Windows-1252 byte pasted in: the UTF-8 text stays, the stray byte is read as 1252
        byte[] bytes = concat(ascii("<meta charset=\"utf-8\"><p>sch"), "ön".getBytes(StandardCharsets.UTF_8),
                ascii(" und f"), new byte[] {(byte) 0xFC}, ascii("r"));
        assertEquals("<meta charset=\"utf-8\"><p>schön und für", ContentDecoder.decodeHtml(bytes));
        assertEquals("<meta charset=\"utf-8\"><p>schön und für", ContentDecoder.decodeText(bytes));
    }

    @Test
    void aLaterDeclarationWinsWhenTheFirstSaysUtf8AndTheBytesAreNot() {
        // an archived page: the archive's UTF-8 declaration first, then the page's own, after 2 KB of script
        String script = "<script>" + "x".repeat(3_000) + "</script>";
        byte[] bytes = concat(ascii("<meta charset=\"utf-8\">" + script + "<meta charset=\"windows-1250\"><p>Ci"),
                new byte[] {(byte) 0xEA, (byte) 0xBF}, ascii("ar"));
        assertEquals("<meta charset=\"utf-8\">" + script + "<meta charset=\"windows-1250\"><p>Ciężar",
                ContentDecoder.decodeHtml(bytes));
    }

    @Test
    void declarationIsIgnoredForPlainText() {
        byte[] bytes = concat(ascii("charset=iso-8859-1 "), "é".getBytes(StandardCharsets.UTF_8));
        assertEquals("charset=iso-8859-1 é", ContentDecoder.decodeText(bytes));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-such-charset", "-bad", "x", "utf-99", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void unknownOrIllegalDeclarationFallsBack(String name) {
        String utf8Page = "<meta charset=\"" + name + "\"><p>café “q”</p>";
        assertEquals(utf8Page, ContentDecoder.decodeHtml(utf8Page.getBytes(StandardCharsets.UTF_8)));
        byte[] legacy = concat(ascii("<meta charset=\"" + name + "\"><p>caf"), new byte[] {(byte) 0xE9});
        assertEquals("<meta charset=\"" + name + "\"><p>café", ContentDecoder.decodeHtml(legacy));
    }

    @Test
    void declarationAfterTheFirstTwoKilobytesIsIgnored() {
        String padding = " ".repeat(4_000);
        byte[] bytes = (padding + "<meta charset=\"iso-8859-1\">é").getBytes(StandardCharsets.UTF_8);
        assertEquals(padding + "<meta charset=\"iso-8859-1\">é", ContentDecoder.decodeHtml(bytes));
    }

    @Test
    void emptyAndRandomBytesNeverThrow() {
        assertEquals("", ContentDecoder.decodeText(new byte[0]));
        assertEquals("", ContentDecoder.decodeHtml(new byte[0]));
        Random random = new Random(42);
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(3_000)];
            random.nextBytes(bytes);
            if (i % 3 == 0 && bytes.length > 40) {
                byte[] meta = ascii("<meta charset=" + Charset.availableCharsets().keySet().stream()
                        .skip(random.nextInt(Charset.availableCharsets().size())).findFirst().orElseThrow() + ">");
                System.arraycopy(meta, 0, bytes, 0, Math.min(meta.length, bytes.length));
            }
            assertDoesNotThrow(() -> ContentDecoder.decodeText(bytes));
            assertDoesNotThrow(() -> ContentDecoder.decodeHtml(bytes));
        }
    }
}
