package news.reliability.scoring.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvReaderTest {

    @Test
    void readsQuotesDoubledQuotesAndLineBreaksInsideQuotes() {
        String csv = "\uFEFFa,b\r\n\"x, y\",\"say \"\"hi\"\"\"\r\n\"two\nlines\",plain\n,\n";
        List<CsvReader.Record> records = CsvReader.parse("t.csv", csv);
        assertEquals(List.of("a", "b"), records.get(0).fields());
        assertEquals(List.of("x, y", "say \"hi\""), records.get(1).fields());
        assertEquals(List.of("two\nlines", "plain"), records.get(2).fields());
        assertEquals(List.of("", ""), records.get(3).fields());
        assertEquals(List.of(1, 2, 3, 5), records.stream().map(CsvReader.Record::line).toList());
    }

    @Test
    void lastLineWithoutLineBreakIsARecord() {
        assertEquals(List.of("1", "2"), CsvReader.parse("t.csv", "a,b\n1,2").get(1).fields());
    }

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("a,b\n1,\"open\n2,3\n", 2, "quoted field opened on this line is never closed"),
                Arguments.of("a,b\n1,x\"y\n", 2, "quote inside an unquoted field"),
                Arguments.of("a,b\n1,\"x\"y\n", 2, "text after the closing quote"),
                Arguments.of("a,b\n1,2\n3\n", 3, "expected 2 fields as in the header, found 1"),
                Arguments.of("a,b\n1,2,3\n", 2, "expected 2 fields as in the header, found 3"),
                Arguments.of("a,b\n\n1,2\n", 2, "empty line"),
                Arguments.of("", 1, "empty file"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedInputNamesFileLineAndProblem(String csv, int line, String problem) {
        CsvFormatException e = assertThrows(CsvFormatException.class, () -> CsvReader.parse("bad.csv", csv));
        assertEquals("bad.csv", e.file());
        assertEquals(line, e.line());
        assertEquals(true, e.problem().startsWith(problem), e.getMessage());
        assertEquals(true, e.getMessage().startsWith("bad.csv:" + line + ": "), e.getMessage());
    }

    @Test
    void randomInputEitherParsesOrFailsWithAFormatError() {
        Random random = new Random(7);
        String alphabet = "ab,\"\n\r x";
        for (int run = 0; run < 2_000; run++) {
            StringBuilder csv = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                csv.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                CsvReader.parse("r.csv", csv.toString());
            } catch (CsvFormatException expected) {
                assertEquals("r.csv", expected.file());
            }
        }
    }
}
