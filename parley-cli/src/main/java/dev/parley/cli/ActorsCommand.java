package dev.parley.cli;

import dev.parley.store.Store;
import dev.parley.store.output.OutputFormat;
import dev.parley.store.output.RowOutput;
import dev.parley.store.query.ActorCount;
import dev.parley.store.query.StoreSummaries;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.Writer;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** {@code parley actors}: every actor code in the store with its event counts. */
@Command(name = "actors", mixinStandardHelpOptions = true,
        description = "Every actor code in the store with the events it takes part in, most first.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the store could not be read", "2:usage error"})
final class ActorsCommand extends StoreQueryCommand {

    private static final List<String> HEADER = List.of("code", "name", "events", "as_source", "as_target");

    @Override
    void write(Store store, OutputFormat output, Writer out) throws SQLException, IOException {
        List<List<Object>> rows = new ArrayList<>();
        for (ActorCount a : StoreSummaries.actors(store)) {
            rows.add(List.of(a.code(), a.name(), a.events(), a.asSource(), a.asTarget()));
        }
        RowOutput.of(output, HEADER, out).write(rows);
    }
}
