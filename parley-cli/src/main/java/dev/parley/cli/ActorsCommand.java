package dev.parley.cli;

import dev.parley.store.Store;
import dev.parley.store.StoreException;
import dev.parley.store.output.OutputFormat;
import dev.parley.store.output.RowOutput;
import dev.parley.store.query.ActorCount;
import dev.parley.store.query.StoreSummaries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.Writer;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code parley actors}: every actor code in the store with its event counts. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Every actor code in the store with the events it takes part in, most first.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the store could not be read", "2:usage error"})
final class ActorsCommand implements Callable<Integer> {

    private static final List<String> HEADER = List.of("code", "name", "events", "as_source", "as_target");

    @Mixin
    StoreSource source;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or jsonl")
    String format = "table";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        OutputFormat output;
        try {
            output = OutputFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Store store = source.open(); Writer out = StdoutWriter.open()) {
            List<List<Object>> rows = new ArrayList<>();
            for (ActorCount a : StoreSummaries.actors(store)) {
                rows.add(List.of(a.code(), a.name(), a.events(), a.asSource(), a.asTarget()));
            }
            RowOutput table = RowOutput.of(output, HEADER, out);
            table.rows(rows);
            table.finish();
            return ParleyCommand.OK;
        } catch (StoreException e) {
            System.err.println("parley actors: " + e.getMessage());
            return ParleyCommand.FAILED;
        } catch (SQLException e) {
            System.err.println("parley actors: cannot read the store (" + e.getMessage().lines().findFirst().orElse("")
                    + "); check it with parley ingest, or export it again");
            return ParleyCommand.FAILED;
        }
    }
}
