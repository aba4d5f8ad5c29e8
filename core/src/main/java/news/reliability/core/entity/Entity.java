package news.reliability.core.entity;

import java.util.List;
import java.util.Objects;

/**
 * An entity of an article with every name it goes by there.
 *
 * @param key      canonical key: the normalised longest name ("halvard cloud services")
 * @param name     readable name: the longest name as written ("Halvard Cloud Services")
 * @param aliases  other names as written ("HCS")
 * @param mentions how often the article names it
 */
public record Entity(String key, String name, List<String> aliases, int mentions) {

    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
    }
}
