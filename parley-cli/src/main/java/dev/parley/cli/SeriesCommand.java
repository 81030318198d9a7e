package dev.parley.cli;

import dev.parley.store.Store;
import dev.parley.store.StoreException;
import dev.parley.store.output.OutputFormat;
import dev.parley.store.output.RowOutput;
import dev.parley.store.query.SeriesSummary;
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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code parley series}: the dialogue series the stored events belong to. */
@Command(name = "series", mixinStandardHelpOptions = true,
        description = {"The dialogue series stored events are sessions of (\"Security and Defense Dialogue\", \"2+2\"),",
                "with how often they meet, when they were founded, and their sessions' span."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the store could not be read", "2:usage error"})
final class SeriesCommand implements Callable<Integer> {

    private static final List<String> HEADER = List.of("name", "periodicity", "founded", "events", "first", "last");

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
            StaleWarning.check(store, "series");
            List<List<Object>> rows = new ArrayList<>();
            for (SeriesSummary s : StoreSummaries.series(store)) {
                rows.add(Arrays.asList(s.name(), s.periodicity().orElse(null),
                        s.founded().isPresent() ? s.founded().getAsInt() : null, s.events(),
                        s.firstDay().map(Object::toString).orElse(null), s.lastDay().map(Object::toString).orElse(null)));
            }
            RowOutput table = RowOutput.of(output, HEADER, out);
            table.rows(rows);
            table.finish();
            return ParleyCommand.OK;
        } catch (StoreException e) {
            System.err.println("parley series: " + e.getMessage());
            return ParleyCommand.FAILED;
        } catch (SQLException e) {
            System.err.println("parley series: cannot read the store (" + e.getMessage().lines().findFirst().orElse("")
                    + "); check it with parley ingest, or export it again");
            return ParleyCommand.FAILED;
        }
    }
}
