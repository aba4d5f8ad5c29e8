package news.reliability.cli;

import java.nio.file.Path;

/** Where the project is: the {@code scorer.home} system property set by {@code ./scorer}, else the working directory. */
final class Home {

    private Home() {
    }

    static Path dir() {
        String home = System.getProperty("scorer.home");
        return Path.of(home == null || home.isBlank() ? "." : home).toAbsolutePath().normalize();
    }

    /**
     * {@code shared/RELATIVE} beside the repository ({@code ../shared}), or beside its parent for a git worktree
     * kept one level deeper; the first that exists, else the first.
     */
    static Path shared(String relative) {
        Path first = dir().resolve("../shared").resolve(relative).normalize();
        Path second = dir().resolve("../../shared").resolve(relative).normalize();
        return java.nio.file.Files.exists(first) || !java.nio.file.Files.exists(second) ? first : second;
    }
}
