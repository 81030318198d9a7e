package dev.parley.cli;

import dev.parley.store.Store;
import dev.parley.store.StoreException;
import dev.parley.store.output.ConsolidatedOutput;
import dev.parley.store.output.OutputFormat;
import dev.parley.store.query.ConsolidatedQuery;
import dev.parley.store.query.EventFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.Writer;
import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code parley timeline A B}: the history of a dyad, one line per real-world event, oldest first. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "The history of a dyad: every consolidated event with both actors as parties, oldest first.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:the store could not be read", "2:usage error"})
final class TimelineCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "A", description = "one actor code (USA, EU, ...)")
    String first;

    @Parameters(index = "1", paramLabel = "B", description = "the other actor code")
    String second;

    @Mixin
    StoreSource source;

    @Option(names = "--format", paramLabel = "FORMAT", description = "table (default), csv or jsonl")
    String format = "table";

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        EventFilter filter;
        OutputFormat output;
        try {
            filter = EventFilter.ALL.withDyad(new EventFilter.Dyad(first.strip().toUpperCase(Locale.ROOT),
                    second.strip().toUpperCase(Locale.ROOT)));
            output = OutputFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        try (Store store = source.open(); Writer out = StdoutWriter.open()) {
            StaleWarning.check(store, "timeline");
            ConsolidatedOutput sink = new ConsolidatedOutput(output, out);
            ConsolidatedQuery.forEach(store, filter, sink);
            sink.finish();
            return ParleyCommand.OK;
        } catch (StoreException e) {
            System.err.println("parley timeline: " + e.getMessage());
            return ParleyCommand.FAILED;
        } catch (SQLException e) {
            System.err.println("parley timeline: cannot read the store (" + e.getMessage().lines().findFirst().orElse("")
                    + "); check it with parley ingest, or export it again");
            return ParleyCommand.FAILED;
        }
    }
}
