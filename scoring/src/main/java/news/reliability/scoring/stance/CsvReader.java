package news.reliability.scoring.stance;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An RFC 4180 CSV reader: fields separated by commas, records by CRLF or LF; a field in double quotes may hold
 * commas, line breaks and doubled quotes ({@code ""} for one quote). A UTF-8 byte-order mark is skipped.
 *
 * <p>Strict: a quote inside an unquoted field, text after a closing quote, a quoted field never closed, or a
 * record with another number of fields than the header is a {@link CsvFormatException} naming the file and
 * line. Every record is returned; none is dropped. Stateless and thread-safe.
 */
public final class CsvReader {

    /**
     * One record.
     *
     * @param line   the 1-based line on which it starts
     * @param fields its fields, unquoted
     */
    public record Record(int line, List<String> fields) {
        public Record {
            fields = List.copyOf(fields);
        }
    }

    private CsvReader() {
    }

    /** Reads a UTF-8 file; the first record is the header. */
    public static List<Record> read(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        byte[] bytes = Files.readAllBytes(file);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new CsvFormatException(file.toString(), 1, "not UTF-8 text");
        }
        return parse(file.toString(), text);
    }

    /**
     * Parses CSV text; the first record is the header and fixes the number of fields.
     *
     * @param name the file's name, for error messages
     */
    public static List<Record> parse(String name, String text) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        List<Record> records = new ArrayList<>();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int n = text.length();
        int line = 1;
        while (i < n) {
            int recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean endOfRecord = false;
            while (!endOfRecord) {
                if (i < n && text.charAt(i) == '"') {
                    int quoteLine = line;
                    i++;
                    while (true) {
                        if (i >= n) {
                            throw new CsvFormatException(name, quoteLine,
                                    "quoted field opened on this line is never closed");
                        }
                        char c = text.charAt(i);
                        if (c == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            break;
                        }
                        if (c == '\n') {
                            line++;
                        }
                        field.append(c);
                        i++;
                    }
                    if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                        throw new CsvFormatException(name, line, "text after the closing quote of a field"
                                + " (a quote inside a quoted field must be doubled)");
                    }
                } else {
                    while (i < n) {
                        char c = text.charAt(i);
                        if (c == ',' || c == '\n' || c == '\r') {
                            break;
                        }
                        if (c == '"') {
                            throw new CsvFormatException(name, line,
                                    "quote inside an unquoted field (quote the whole field and double the quote)");
                        }
                        field.append(c);
                        i++;
                    }
                }
                fields.add(field.toString());
                field.setLength(0);
                if (i >= n) {
                    endOfRecord = true;
                } else if (text.charAt(i) == ',') {
                    i++;
                } else {
                    if (text.charAt(i) == '\r') {
                        i++;
                        if (i < n && text.charAt(i) == '\n') {
                            i++;
                        }
                    } else {
                        i++;
                    }
                    line++;
                    endOfRecord = true;
                }
            }
            if (fields.size() == 1 && fields.getFirst().isEmpty()) {
                if (i < n) {
                    throw new CsvFormatException(name, recordLine, "empty line");
                }
                continue; // the file's last line break is followed by nothing
            }
            if (!records.isEmpty() && fields.size() != records.getFirst().fields().size()) {
                throw new CsvFormatException(name, recordLine, "expected " + records.getFirst().fields().size()
                        + " fields as in the header, found " + fields.size());
            }
            records.add(new Record(recordLine, fields));
        }
        if (records.isEmpty()) {
            throw new CsvFormatException(name, 1, "empty file: no header");
        }
        return records;
    }
}
