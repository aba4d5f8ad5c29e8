package news.reliability.scoring.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.Properties;

import org.junit.jupiter.api.Test;

class BoilerplateModelTest {

    @Test
    void optionsRoundTripThroughPropertiesAndRefuseUnknownKeys() {
        var defaults = BoilerplateModel.Options.defaults();
        assertEquals(defaults, BoilerplateModel.Options.of(defaults.toProperties()));
        Properties p = defaults.toProperties();
        p.setProperty("boilerplate.threshold", "0.4");
        assertEquals(0.4, BoilerplateModel.Options.of(p).threshold());
        p.setProperty("boilerplate.thresold", "0.4");
        assertThrows(IllegalArgumentException.class, () -> BoilerplateModel.Options.of(p));
    }

    @Test
    void optionsAreValidated() {
        var d = BoilerplateModel.Options.defaults();
        assertThrows(IllegalArgumentException.class, () -> new BoilerplateModel.Options(d.tree(), 1.0, 0.1, true, 0, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new BoilerplateModel.Options(d.tree(), 0.5, 0.5, true, 0, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new BoilerplateModel.Options(d.tree(), 0.5, 0.1, true, 1, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new BoilerplateModel.Options(d.tree(), 0.5, 0.1, true, 0, 1, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new BoilerplateModel.Options(d.tree(), 0.5, 0.1, true, 0, 0, 1.5, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new BoilerplateModel.Options(d.tree(), 0.5, 0.1, true, 0, 0, 0, -0.1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new BoilerplateModel.Options(d.tree(), 0.5, 0.1, true, 0, 0, 0, 0, 1.1, 0));
        assertThrows(IllegalArgumentException.class, () -> new BoilerplateModel.Options(d.tree(), 0.5, 0.1, true, 0, 0, 0, 0, 0, -1));
    }

    @Test
    void theShippedModelHasAVersionAndGarbageIsNoModel() {
        assertTrue(BoilerplateModel.standard().version().matches("blend-[0-9a-f]{8}"));
        assertThrows(IOException.class, () -> BoilerplateModel.read(new byte[] {1, 2, 3}));
        assertThrows(IOException.class, () -> BoilerplateModel.read("not a model at all".getBytes()));
    }

    @Test
    void pastingAnHtmlPageKeepsOneLinePerBlock() {
        var page = Fixtures.DOCUMENTS.getFirst().document();
        assertEquals(page.blocks().stream().map(b -> b.text()).toList(),
                BoilerplateModel.paste(page).blocks().stream().map(b -> b.text()).toList());
    }
}
