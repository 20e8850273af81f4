package io.transferlab.cli;

import io.transferlab.cli.commands.FigureCommand;
import io.transferlab.cli.commands.FindingsCommand;
import io.transferlab.cli.commands.ListCommand;
import io.transferlab.cli.commands.LocalCommand;
import io.transferlab.cli.commands.ResultsCommand;
import io.transferlab.cli.commands.StatusCommand;
import io.transferlab.cli.commands.SubmitCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code transferlab} command. */
@Command(name = "transferlab", mixinStandardHelpOptions = true, version = "TransferLab 0.1.0",
        description = "Measure how transferable the features of a deep network are, layer by layer.",
        subcommands = {SubmitCommand.class, ListCommand.class, StatusCommand.class, ResultsCommand.class,
                FigureCommand.class, FindingsCommand.class, LocalCommand.class})
public final class TransferLabCli {

    public static void main(String[] args) {
        System.exit(new CommandLine(new TransferLabCli()).execute(args));
    }
}
