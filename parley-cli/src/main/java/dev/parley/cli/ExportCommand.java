package dev.parley.cli;

import dev.parley.store.Store;
import dev.parley.store.StoreException;
import dev.parley.store.export.ExportFormat;
import dev.parley.store.export.Exporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code parley export}: the whole store as JSON Lines, CSV, Parquet or GDELT 2.0 events. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the whole store: jsonl (per-article events in the event format of extract), csv",
                "(per-article events, flattened), parquet (a folder, one file per table, readable by",
                "'parley events --parquet'), or gdelt (consolidated events as GDELT 2.0 event records, tab-separated)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the store could not be read or the output written", "2:usage error"})
final class ExportCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", required = true, description = "jsonl, csv, parquet or gdelt")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true,
            description = "the file to write (a folder for parquet)")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ExportFormat chosen;
        try {
            chosen = ExportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Store s = Store.openExisting(store.file())) {
            StaleWarning.check(s, "export");
            long n = Exporter.write(s, chosen, output);
            System.err.printf(Locale.ROOT, "parley export: %,d %s written to %s%n", n,
                    chosen == ExportFormat.GDELT ? "consolidated events" : "events", output);
            return ParleyCommand.OK;
        } catch (StoreException e) {
            System.err.println("parley export: " + e.getMessage());
            return ParleyCommand.FAILED;
        } catch (SQLException e) {
            System.err.println("parley export: cannot export " + store.file() + " (" + e.getMessage().lines().findFirst()
                    .orElse("") + "); check the output path and the free space");
            return ParleyCommand.FAILED;
        } catch (IOException e) {
            System.err.println("parley export: cannot write " + output + " (" + e.getMessage() + "); check the path");
            return ParleyCommand.FAILED;
        }
    }
}
