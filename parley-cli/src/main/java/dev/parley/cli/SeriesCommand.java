package dev.parley.cli;

import dev.parley.store.Store;
import dev.parley.store.output.OutputFormat;
import dev.parley.store.output.RowOutput;
import dev.parley.store.query.SeriesSummary;
import dev.parley.store.query.StoreSummaries;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.Writer;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** {@code parley series}: the dialogue series the stored events belong to. */
@Command(name = "series", mixinStandardHelpOptions = true,
        description = {"The dialogue series stored events are sessions of (\"Security and Defense Dialogue\", \"2+2\"),",
                "with how often they meet, when they were founded, and their sessions' span."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the store could not be read", "2:usage error"})
final class SeriesCommand extends StoreQueryCommand {

    private static final List<String> HEADER = List.of("name", "periodicity", "founded", "events", "first", "last");

    @Override
    void write(Store store, OutputFormat output, Writer out) throws SQLException, IOException {
        warnIfStale(store);
        List<List<Object>> rows = new ArrayList<>();
        for (SeriesSummary s : StoreSummaries.series(store)) {
            rows.add(Arrays.asList(s.name(), s.periodicity().orElse(null),
                    s.founded().isPresent() ? s.founded().getAsInt() : null, s.events(),
                    s.firstDay().map(Object::toString).orElse(null), s.lastDay().map(Object::toString).orElse(null)));
        }
        RowOutput.of(output, HEADER, out).write(rows);
    }
}
