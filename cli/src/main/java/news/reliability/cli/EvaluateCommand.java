package news.reliability.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./scorer evaluate ...}: the researchers' benchmarks, one subcommand per area. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Runs a benchmark and prints its figures.",
        subcommands = {EvaluateBoilerplateCommand.Boilerplate.class, EvaluateQualityCommand.Quality.class,
                EvaluateStanceCommand.Stance.class, EvaluateStoriesCommand.class, EvaluateTruthCommand.class,
                EvaluateServiceCommand.class})
final class EvaluateCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
