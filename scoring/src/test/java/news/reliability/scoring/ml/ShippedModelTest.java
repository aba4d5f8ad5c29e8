package news.reliability.scoring.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class ShippedModelTest {

    @Test
    void readsOnceAndSharesTheModel() {
        AtomicInteger reads = new AtomicInteger();
        ShippedModel<String> model = new ShippedModel<>("/models/quality.model", "train it",
                in -> "model " + reads.incrementAndGet());
        assertEquals("model 1", model.get());
        assertSame(model.get(), model.get());
        assertEquals(1, reads.get());
    }

    @Test
    void aMissingResourceNamesItAndTheCommandOnEveryCall() {
        ShippedModel<String> model = new ShippedModel<>("/models/no-such.model", "./scorer train nothing",
                in -> "never");
        for (int call = 0; call < 2; call++) {
            IllegalStateException e = assertThrows(IllegalStateException.class, model::get);
            assertTrue(e.getMessage().contains("/models/no-such.model"), e.getMessage());
            assertTrue(e.getMessage().contains("./scorer train nothing"), e.getMessage());
        }
    }

    @Test
    void anUnreadableModelSaysWhy() {
        ShippedModel<String> model = new ShippedModel<>("/models/quality.model", "./scorer train quality",
                in -> {
                    throw new IOException("trained on other features");
                });
        IllegalStateException e = assertThrows(IllegalStateException.class, model::get);
        assertTrue(e.getMessage().contains("trained on other features"), e.getMessage());
    }
}
