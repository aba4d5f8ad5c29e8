package news.reliability.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./scorer serve [--port 8080]}: starts the API service (the {@code api} module's Quarkus application)
 * with the embedded database, loading the demo corpus on first start. The service runs in a child process
 * of this one, sharing its terminal; stopping this command stops it.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Starts the API with the embedded database and the demo corpus.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--data", paramLabel = "DIR", description = "Directory of the embedded database "
            + "(default: data/ under the scorer's home).")
    Path dataDir;

    @Option(names = "--no-demo", description = "Do not load the demo corpus into an empty database.")
    boolean noDemo;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65_535) {
            throw new ScorerCommand.UsageException("--port must be between 0 and 65535: " + port);
        }
        Path home = Path.of(System.getProperty("scorer.home", ".")).toAbsolutePath().normalize();
        Path data = (dataDir == null ? home.resolve("data") : dataDir).toAbsolutePath().normalize();
        List<String> command = serviceCommand(port, data, !noDemo);
        Files.createDirectories(data);
        Process service = new ProcessBuilder(command).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(service::destroy));
        return service.waitFor();
    }

    /**
     * The command line that runs the built API ({@code api/target/quarkus-app} under the scorer's home) with
     * the embedded database in {@code data} on {@code port}, loading the demo corpus into an empty database
     * when {@code demo} is set; a usage error when the API is not built.
     */
    static List<String> serviceCommand(int port, Path data, boolean demo) {
        Path home = Path.of(System.getProperty("scorer.home", ".")).toAbsolutePath().normalize();
        Path runner = home.resolve("api/target/quarkus-app/quarkus-run.jar");
        if (!Files.isRegularFile(runner)) {
            throw new ScorerCommand.UsageException("the API is not built (" + runner
                    + " is missing): run ./mvnw -DskipTests package");
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        return List.of(java, "-Dquarkus.http.port=" + port, "-Dscorer.data-dir=" + data,
                "-Dscorer.demo.load=" + demo, "-jar", runner.toString());
    }
}
