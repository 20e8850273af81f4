package io.transferlab.cli;

import io.transferlab.analysis.Metric;
import io.transferlab.cli.commands.CheckCommand;
import io.transferlab.cli.commands.ExitCodes;
import io.transferlab.cli.commands.FigureCommand;
import io.transferlab.cli.commands.FindingsCommand;
import io.transferlab.cli.commands.ListCommand;
import io.transferlab.cli.commands.LocalCommand;
import io.transferlab.cli.commands.PurgeCommand;
import io.transferlab.cli.commands.ResultsCommand;
import io.transferlab.cli.commands.StatusCommand;
import io.transferlab.cli.commands.StudyCommand;
import io.transferlab.cli.commands.SubmitCommand;
import io.transferlab.cli.commands.UpCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.TypeConversionException;

/** The {@code transferlab} command. */
@Command(name = "transferlab", mixinStandardHelpOptions = true, version = "TransferLab 0.1.0",
        description = "Measure how transferable the features of a deep network are, layer by layer.",
        subcommands = {CheckCommand.class, SubmitCommand.class, ListCommand.class, StatusCommand.class,
                ResultsCommand.class, FigureCommand.class, FindingsCommand.class, StudyCommand.class,
                PurgeCommand.class, LocalCommand.class, UpCommand.class})
public final class TransferLabCli {

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /**
     * The command line as users get it: a bad argument is one line naming it and where the help is, a failed command
     * (an unreachable server, a failed publish) one line without a stack trace, each with its documented status.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new TransferLabCli());
        cli.registerConverter(Metric.class, TransferLabCli::metric);
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println(failed.getCommandSpec().qualifiedName() + ": " + e.getMessage()
                    + " (see " + failed.getCommandSpec().qualifiedName() + " --help)");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((e, failed, parsed) -> {
            failed.getErr().println(failed.getCommandSpec().qualifiedName() + ": " + describe(e));
            return ExitCodes.ERROR;
        });
        return cli;
    }

    private static Metric metric(String key) {
        try {
            return Metric.fromKey(key);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message != null && !message.isBlank() ? message : e.getClass().getSimpleName();
    }
}
