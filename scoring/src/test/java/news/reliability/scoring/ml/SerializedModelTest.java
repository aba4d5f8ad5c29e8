package news.reliability.scoring.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SerializedModelTest {

    private static byte[] written(java.io.Serializable object) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SerializedModel.write(object, bytes);
        return bytes.toByteArray();
    }

    @Test
    void readsBackWhatWasWritten() throws IOException {
        ArrayList<String> model = new ArrayList<>(List.of("a", "b"));
        Object read = SerializedModel.read(new ByteArrayInputStream(written(model)), ArrayList.class,
                ObjectInputFilter.Config.createFilter("java.**;!*"), "list");
        assertEquals(model, read);
    }

    @Test
    void anotherTypeIsNamed() throws IOException {
        IOException e = assertThrows(IOException.class, () -> SerializedModel.read(
                new ByteArrayInputStream(written("text")), TreeClassifier.class,
                ObjectInputFilter.Config.createFilter("java.**;!*"), "tree classifier"));
        assertEquals("not a tree classifier: java.lang.String", e.getMessage());
    }

    @Test
    void classesTheFilterRefusesAreNotRead() throws IOException {
        IOException e = assertThrows(IOException.class, () -> SerializedModel.read(
                new ByteArrayInputStream(written(new ArrayList<>(List.of("a")))), ArrayList.class,
                ObjectInputFilter.Config.createFilter("java.lang.*;!*"), "list"));
        assertTrue(e.getMessage().startsWith("not a readable list: "), e.getMessage());
    }

    @Test
    void bytesThatAreNoObjectStreamAreRefused() {
        IOException e = assertThrows(IOException.class, () -> SerializedModel.read(
                new ByteArrayInputStream(new byte[] {1, 2, 3}), ArrayList.class,
                ObjectInputFilter.Config.createFilter("java.**;!*"), "list"));
        assertTrue(e.getMessage().startsWith("not a readable list: "), e.getMessage());
    }
}
