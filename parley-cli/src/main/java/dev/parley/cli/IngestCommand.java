package dev.parley.cli;

import dev.parley.io.ArticleInputs;
import dev.parley.io.ReadLimits;
import dev.parley.pipeline.Pipeline;
import dev.parley.store.Store;
import dev.parley.store.StoreException;
import dev.parley.store.ingest.IngestCounts;
import dev.parley.store.ingest.Ingester;
import dev.parley.store.query.StoreTotals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code parley ingest}: runs the pipeline over article inputs into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Runs the pipeline over article inputs and stores articles and events, then recomputes the",
                "consolidation across articles. An article stored before with the same text is skipped; with another",
                "text, its events are replaced. Each batch of articles is one transaction: an interrupted ingest leaves",
                "a consistent store, and running it again completes it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:all records processed", "1:the store could not be opened or written",
                "2:usage error", "3:some records were set aside (reasons on stderr and in --rejected)"})
final class IngestCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = {"article inputs: JSON Lines, text, HTML, WARC, "
            + "gzip of any of these, or folders of them; '-' reads standard input"})
    List<String> inputs;

    @Mixin
    StoreOption store;

    @Mixin
    SetAsideOptions setAside;

    @Mixin
    WorkerThreadsOption threads;

    @Mixin
    LexiconOption lexicon;

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        Path file = store.file();
        long started = System.nanoTime();
        Pipeline pipeline = lexicon.pipeline();
        ReadLimits limits = setAside.limits();
        try (Store s = Store.open(file); RejectedLog log = setAside.openLog()) {
            IngestProgress progress = new IngestProgress(err, log, System.console() != null,
                    InputEstimate.records(inputs));
            IngestCounts counts;
            try (Ingester ingester = new Ingester(s, pipeline, threads.count(), progress)) {
                for (String name : inputs) {
                    ingester.add(ArticleInputs.open(name, System.in, limits), name);
                }
                counts = ingester.finish();
            }
            progress.clearBar();
            summary(err, counts, StoreTotals.of(s), file, (System.nanoTime() - started) / 1e9);
            return counts.setAside() > 0 ? ParleyCommand.SET_ASIDE : ParleyCommand.OK;
        } catch (StoreException e) {
            err.println("parley ingest: " + e.getMessage());
            return ParleyCommand.FAILED;
        } catch (SQLException e) {
            err.println("parley ingest: cannot write to " + file + " (" + e.getMessage().lines().findFirst().orElse("")
                    + "); the batches committed so far are kept: fix the cause and run the same ingest again");
            return ParleyCommand.FAILED;
        }
    }

    private static void summary(PrintStream err, IngestCounts c, StoreTotals t, Path file, double seconds) {
        err.printf(Locale.ROOT, "parley ingest: %,d records read: %,d articles added, %,d replaced, %,d unchanged, "
                        + "%,d set aside; %,d events written; %.1f s (%,.0f articles/s)%n", c.read(), c.added(), c.replaced(),
                c.unchanged(), c.setAside(), c.events(), seconds, c.written() / Math.max(seconds, 1e-9));
        err.printf(Locale.ROOT, "store %s: %,d articles, %,d events, %,d consolidated events, %,d near-duplicate articles%n",
                file, t.articles(), t.events(), t.consolidated(), t.duplicates());
    }
}
