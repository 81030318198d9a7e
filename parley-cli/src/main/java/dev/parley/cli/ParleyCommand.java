package dev.parley.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code parley} command. Exit codes: 0 all input processed, 1 failure (input or output could not be
 * opened), 2 usage error, 3 some records were set aside (see stderr).
 */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "parley 0.1.0",
        description = "Diplomacy and security events from raw news, coded in PLOVER and CAMEO.",
        subcommands = {ExtractCommand.class, CleanCommand.class, EvalCommand.class, DemoCommand.class, BenchCommand.class, ValidateCommand.class, IngestCommand.class, EventsCommand.class, ActorsCommand.class, SeriesCommand.class, TimelineCommand.class, ExportCommand.class, ServeCommand.class, BenchStoreCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all input processed", "1:failure: the output could not be written, or a gold folder is missing",
                "2:usage error", "3:some records were set aside (reasons on stderr)"})
public final class ParleyCommand {

    /** Every input was processed. */
    public static final int OK = 0;
    /** An input or output could not be opened at all. */
    public static final int FAILED = 1;
    /** Some records were set aside; the rest were processed. */
    public static final int SET_ASIDE = 3;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line with all subcommands, for main and for tests. */
    public static CommandLine commandLine() {
        return new CommandLine(new ParleyCommand());
    }
}
