package news.reliability.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import picocli.CommandLine;

/** Runs the {@code scorer} command line in-process for tests. */
final class CliRun {

    private CliRun() {
    }

    /** The exit code, standard output and standard error of {@code scorer args...}, in that order. */
    static String[] run(String... args) {
        CommandLine commandLine = ScorerCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new String[]{Integer.toString(exitCode), out.toString(), err.toString()};
    }
}
