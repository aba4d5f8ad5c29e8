package news.reliability.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./scorer}: the root command. */
@Command(name = "scorer", mixinStandardHelpOptions = true, version = "scorer 0.1.0",
        description = "Scores the reliability of news sources from their articles.",
        subcommands = {ServeCommand.class, AnalyzeCommand.class, ExtractCommand.class, TrainCommand.class,
                StanceCommand.class, TruthCommand.class, EvaluateCommand.class})
public final class ScorerCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new ScorerCommand());
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            cmd.getErr().println("scorer: " + exception.getMessage());
            return exception instanceof UsageException ? 2 : 1;
        });
        return commandLine;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** An error in what the user asked for (a missing file, a malformed input), reported without a trace. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }
}
