package io.demarc.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code demarc} commands that talk to a running Demarc: sign in, import configuration items, list findings. */
@Command(name = "demarc", mixinStandardHelpOptions = true, version = "demarc 0.1.0", description = "Talk to a running Demarc (start one locally with `./demarc up`), or assess local files offline.", subcommands = {
        ImportCommand.class, FindingsCommand.class, TokenCommand.class, AssessCommand.class,
        io.demarc.cli.evidence.EvidenceCommand.class})
public class DemarcCli {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new DemarcCli());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // Expected failures (refused sign-in, a 4xx answer) are told in one line, without a stack trace.
            commandLine.getErr().println(commandLine.getColorScheme().errorText("error: " + e.getMessage()));
            return e instanceof CliException cliException ? cliException.exitCode() : 1;
        });
        return cli;
    }
}
