package news.reliability.scoring.stance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FncCorpusTest {

    private static final String BODIES = "Body ID,articleBody\n1,\"The harbour opened, officials said.\nIt was \"\"late\"\".\"\n2,Rain fell.\n";

    @TempDir
    Path dir;

    private Path file(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void readsBodiesAndStancesWithLines() throws IOException {
        FncCorpus corpus = FncCorpus.read(file("b.csv", BODIES),
                file("s.csv", "Headline,Body ID,Stance\nHarbour opens,1,agree\n\"Rain, again\",2,Unrelated\n"), true);
        assertEquals("The harbour opened, officials said.\nIt was \"late\".", corpus.bodies().get(1));
        assertEquals(List.of(new FncCorpus.Row(2, "Harbour opens", 1, Optional.of(StanceLabel.AGREE)),
                new FncCorpus.Row(3, "Rain, again", 2, Optional.of(StanceLabel.UNRELATED))), corpus.rows());
        assertEquals(StanceLabel.AGREE, corpus.pairs().getFirst().label());
    }

    @Test
    void unlabelledStancesAreAllowedForPrediction() throws IOException {
        FncCorpus corpus = FncCorpus.read(file("b.csv", BODIES), file("s.csv", "Headline,Body ID\nRain,2\n"), false);
        assertEquals(Optional.empty(), corpus.rows().getFirst().stance());
    }

    private String problem(String stances, boolean requireStance) throws IOException {
        Path bodies = file("b.csv", BODIES);
        Path s = file("s.csv", stances);
        return assertThrows(CsvFormatException.class, () -> FncCorpus.read(bodies, s, requireStance)).getMessage()
                .replace(s.toString(), "s.csv");
    }

    @Test
    void malformedStancesNameFileLineAndProblem() throws IOException {
        assertEquals("s.csv:1: missing column \"Stance\" in the header [Headline, Body ID]",
                problem("Headline,Body ID\nRain,2\n", true));
        assertEquals("s.csv:3: unknown body id 9 (not in the bodies file)",
                problem("Headline,Body ID,Stance\nRain,2,agree\nSnow,9,agree\n", true));
        assertEquals("s.csv:2: empty headline", problem("Headline,Body ID,Stance\n  ,2,agree\n", true));
        assertEquals("s.csv:2: body id is not a whole number: \"two\"",
                problem("Headline,Body ID,Stance\nRain,two,agree\n", true));
        assertEquals("s.csv:2: unknown stance \"maybe\" (expected agree, disagree, discuss or unrelated)",
                problem("Headline,Body ID,Stance\nRain,2,maybe\n", true));
        assertEquals("s.csv:2: quoted field opened on this line is never closed",
                problem("Headline,Body ID,Stance\n\"Rain,2,agree\nSnow,1,agree\n", true));
    }

    @Test
    void malformedBodiesNameFileLineAndProblem() throws IOException {
        Path duplicate = file("d.csv", "Body ID,articleBody\n1,a\n1,b\n");
        assertEquals(duplicate + ":3: body id 1 appears twice",
                assertThrows(CsvFormatException.class, () -> FncCorpus.readBodies(duplicate)).getMessage());
        Path empty = file("e.csv", "Body ID,articleBody\n1,\"  \"\n");
        assertEquals(empty + ":2: empty articleBody for body 1",
                assertThrows(CsvFormatException.class, () -> FncCorpus.readBodies(empty)).getMessage());
        Path binary = dir.resolve("x.csv");
        Files.write(binary, new byte[] {(byte) 0xC3, (byte) 0x28, 10});
        assertEquals(binary + ":1: not UTF-8 text",
                assertThrows(CsvFormatException.class, () -> FncCorpus.readBodies(binary)).getMessage());
    }

    @Test
    void predictionsRoundTripThroughTheReader() throws IOException {
        List<FncCorpus.Row> rows = List.of(new FncCorpus.Row(2, "Say \"no\", twice", 1, Optional.empty()),
                new FncCorpus.Row(3, "Rain", 2, Optional.empty()));
        Path out = dir.resolve("p.csv");
        FncCorpus.writePredictions(out, rows, List.of(StanceLabel.DISAGREE, StanceLabel.UNRELATED));
        assertEquals("Headline,Body ID,Stance\r\n\"Say \"\"no\"\", twice\",1,disagree\r\nRain,2,unrelated\r\n",
                Files.readString(out));
        List<FncCorpus.Row> read = FncCorpus.readStances(out, FncCorpus.readBodies(file("b.csv", BODIES)), true);
        assertEquals("Say \"no\", twice", read.getFirst().headline());
        assertEquals(Optional.of(StanceLabel.DISAGREE), read.getFirst().stance());
    }
}
