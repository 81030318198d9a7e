package dev.parley.spark;

import dev.parley.api.Article;
import dev.parley.pipeline.ArticleResult;
import dev.parley.pipeline.Pipeline;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the pipeline on one article at a time within a time budget, as {@code parley extract} does: an article
 * the pipeline fails on, or that takes longer than the budget, comes back as a failure with its reason, so one
 * pathological page cannot hold up a task (and with it a stage) for ever. The work runs on a worker thread; a
 * worker still busy when its budget ran out is abandoned and a new one started. Not thread-safe: one per task;
 * {@link #close} ends its worker.
 */
final class TimedPipeline implements AutoCloseable {

    /** What became of an article: its result, or why it has none. */
    sealed interface Outcome permits Done, Failed {
    }

    /** The pipeline's result. */
    record Done(ArticleResult result) implements Outcome {
    }

    /** The article was set aside; {@code reason} says why and what to do. */
    record Failed(String reason) implements Outcome {
    }

    private final Pipeline pipeline;
    private final long budgetMs;
    private ExecutorService worker = newWorker();

    /** @param budgetMs how long one article may take, in milliseconds; positive */
    TimedPipeline(Pipeline pipeline, long budgetMs) {
        if (budgetMs <= 0) {
            throw new IllegalArgumentException("the time budget of an article must be positive, not " + budgetMs + " ms");
        }
        this.pipeline = pipeline;
        this.budgetMs = budgetMs;
    }

    /** Processes {@code article}; waits at most the budget. */
    Outcome process(Article article) throws InterruptedException {
        Future<ArticleResult> running = worker.submit(() -> pipeline.process(article));
        try {
            return new Done(running.get(budgetMs, TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            running.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            return new Failed("took longer than the time budget of " + budgetMs
                    + " ms; set aside so the job goes on (raise --article-timeout-ms to give it more time)");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error; // the JVM is in trouble, not the article: let Spark retry the task elsewhere
            }
            return new Failed("the pipeline failed on this article (" + e.getCause()
                    + "); please report it with the record");
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "parley-article");
            t.setDaemon(true);
            return t;
        });
    }
}
