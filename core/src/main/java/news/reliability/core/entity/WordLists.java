package news.reliability.core.entity;

import java.util.Map;
import java.util.Set;

import news.reliability.core.text.ResourceTable;

/** Named word lists read from a tab-separated resource ({@link ResourceTable#wordSets}). */
final class WordLists {

    private final Map<String, Set<String>> lists;

    private WordLists(Map<String, Set<String>> lists) {
        this.lists = lists;
    }

    static WordLists load(Class<?> owner, String resource) {
        return new WordLists(ResourceTable.wordSets(owner, resource));
    }

    /** The list of a concept; refuses unknown concept names. */
    Set<String> get(String concept) {
        Set<String> list = lists.get(concept);
        if (list == null) {
            throw new IllegalArgumentException("no word list named " + concept);
        }
        return list;
    }
}
