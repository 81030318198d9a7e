package dev.parley.cli;

import dev.parley.store.Store;
import dev.parley.store.StoreException;
import dev.parley.store.output.OutputFormat;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.Writer;
import java.sql.SQLException;
import java.util.concurrent.Callable;

/**
 * A command that reads a store or a Parquet folder and prints rows in a chosen format: the options, the
 * usage errors and the messages when the store cannot be read are the same for all of them.
 */
abstract class StoreQueryCommand implements Callable<Integer> {

    @Mixin
    StoreSource source;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or jsonl")
    String format = "table";

    @Spec
    CommandSpec spec;

    /** Checks the command's own options before the store is opened; throws IllegalArgumentException with a message. */
    void parseOptions() {
    }

    /** Writes the command's rows. */
    abstract void write(Store store, OutputFormat output, Writer out) throws SQLException, IOException;

    @Override
    public final Integer call() throws IOException {
        String command = "parley " + spec.name();
        OutputFormat output;
        try {
            parseOptions();
            output = OutputFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Store store = source.open(); Writer out = StdoutWriter.open()) {
            write(store, output, out);
            return ParleyCommand.OK;
        } catch (StoreException e) {
            System.err.println(command + ": " + e.getMessage());
            return ParleyCommand.FAILED;
        } catch (SQLException e) {
            System.err.println(command + ": cannot read the store (" + e.getMessage().lines().findFirst().orElse("")
                    + "); check it with parley ingest, or export it again");
            return ParleyCommand.FAILED;
        }
    }

    /** Warns when an interrupted ingest left the consolidation behind the stored events. */
    void warnIfStale(Store store) throws SQLException {
        StaleWarning.check(store, spec.name());
    }
}
