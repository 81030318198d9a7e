package dev.parley.cli;

import dev.parley.api.Article;
import dev.parley.api.Event;
import dev.parley.api.SetAside;
import dev.parley.io.InputRecord;
import dev.parley.pipeline.ArticleResult;
import dev.parley.pipeline.Pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Runs a {@link Pipeline} over a stream of records on several threads, delivering results in input order,
 * so the same input gives the same output bytes. At most a window of articles is in flight, to keep memory bounded. An article the
 * pipeline fails on, or that takes longer than the time budget, is set aside with its reason; the batch
 * goes on. Not thread-safe: one batch at a time.
 */
final class BatchExtractor implements AutoCloseable {

    /** What became of one record, in input order. */
    sealed interface Outcome permits Extracted, Rejected {
    }

    record Extracted(Article article, List<Event> events) implements Outcome {
    }

    record Rejected(SetAside reason) implements Outcome {
    }

    /** Articles submitted and not yet delivered, at most: bounds memory on any input. */
    private static final int WINDOW = 512;

    /** How long one article may take before it is set aside. */
    static final long DEFAULT_BUDGET_MS = 10_000;

    private final Pipeline pipeline;
    private final ExecutorService pool;
    private final long budgetMs;

    BatchExtractor(Pipeline pipeline, int threads) {
        this(pipeline, threads, DEFAULT_BUDGET_MS);
    }

    /** @param budgetMs how long one article may take; a slower one is set aside with its reason */
    BatchExtractor(Pipeline pipeline, int threads, long budgetMs) {
        this.pipeline = pipeline;
        this.budgetMs = budgetMs;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "parley-worker");
            t.setDaemon(true);
            return t;
        });
    }

    void run(Iterator<InputRecord> records, String inputName, Consumer<Outcome> sink) throws InterruptedException {
        Deque<Pending> window = new ArrayDeque<>(WINDOW);
        while (records.hasNext()) {
            InputRecord r = records.next();
            if (r instanceof InputRecord.Read read) {
                window.addLast(new Pending(read.article(), pool.submit(() -> extract(read.article(), inputName))));
            } else if (r instanceof InputRecord.Rejected rejected) {
                window.addLast(new Pending(null, CompletableFuture.completedFuture(new Rejected(rejected.reason()))));
            }
            // hand on what is done, so the workers never wait for a whole window to be written
            while (!window.isEmpty() && (window.size() >= WINDOW || window.peekFirst().outcome().isDone())) {
                deliver(window.removeFirst(), sink, inputName);
            }
        }
        while (!window.isEmpty()) {
            deliver(window.removeFirst(), sink, inputName);
        }
    }

    /** A submitted article and its outcome to come. */
    private record Pending(Article article, Future<Outcome> outcome) {
    }

    private Outcome extract(Article article, String inputName) {
        try {
            ArticleResult result = pipeline.process(article);
            return new Extracted(article, result.events());
        } catch (RuntimeException e) {
            return new Rejected(new SetAside(inputName, "id " + article.id(),
                    "the pipeline failed on this article (" + e + "); please report it with the record"));
        }
    }

    private void deliver(Pending p, Consumer<Outcome> sink, String inputName) throws InterruptedException {
        try {
            // outcomes are taken in order, so the ones before are done: the wait is this article's own time
            sink.accept(p.outcome().get(budgetMs, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            p.outcome().cancel(true);
            sink.accept(new Rejected(new SetAside(inputName, "id " + p.article().id(),
                    "took longer than the time budget of " + budgetMs + " ms; set aside so the batch goes on")));
        } catch (ExecutionException e) {
            throw new IllegalStateException("a worker failed outside the pipeline", e.getCause());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
