package news.reliability.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ResourceTableTest {

    @Test
    void groupsKeepTheirOrderAndSkipCommentsAndBlankLines() {
        Map<String, List<String>> groups = ResourceTable.groups("# header\n\n[b]\n  Second \n[a]\nfirst\n# note\n[b]\nmore\n");
        assertEquals(List.of("b", "a"), List.copyOf(groups.keySet()));
        assertEquals(List.of("Second", "more"), groups.get("b"));
        assertEquals(List.of("first"), groups.get("a"));
    }

    @Test
    void anEntryBeforeAnyGroupNamesItsLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResourceTable.groups("# header\norphan\n[a]\n"));
        assertTrue(e.getMessage().startsWith("2: "), e.getMessage());
    }

    @Test
    void aMissingResourceIsNamed() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ResourceTable.groups(ResourceTableTest.class, "no-such-list.txt"));
        assertTrue(e.getMessage().contains("no-such-list.txt"), e.getMessage());
    }
}
