package dev.parley.cli;

import dev.parley.store.Store;
import dev.parley.store.output.ConsolidatedOutput;
import dev.parley.store.output.OutputFormat;
import dev.parley.store.query.ConsolidatedQuery;
import dev.parley.store.query.EventFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.Writer;
import java.sql.SQLException;
import java.util.Locale;

/** {@code parley timeline A B}: the history of a dyad, one line per real-world event, oldest first. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "The history of a dyad: every consolidated event with both actors as parties, oldest first.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the store could not be read", "2:usage error"})
final class TimelineCommand extends StoreQueryCommand {

    @Parameters(index = "0", paramLabel = "A", description = "one actor code (USA, EU, ...)")
    String first;

    @Parameters(index = "1", paramLabel = "B", description = "the other actor code")
    String second;

    private EventFilter dyad;

    @Override
    void parseOptions() {
        dyad = EventFilter.ALL.withDyad(new EventFilter.Dyad(first.strip().toUpperCase(Locale.ROOT),
                second.strip().toUpperCase(Locale.ROOT)));
    }

    @Override
    void write(Store store, OutputFormat output, Writer out) throws SQLException, IOException {
        warnIfStale(store);
        ConsolidatedOutput sink = new ConsolidatedOutput(output, out);
        ConsolidatedQuery.forEach(store, dyad, sink);
        sink.finish();
    }
}
