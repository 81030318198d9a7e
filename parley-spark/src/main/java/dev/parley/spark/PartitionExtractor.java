package dev.parley.spark;

import dev.parley.api.SetAside;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.TaskCompletionListener;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * Runs the executor's pipeline ({@link ExecutorPipeline}) over one partition of input items and gives the rows
 * of every output table: an article's row and its events' rows, or a set-aside row for a record that could not
 * be read, that the pipeline failed on, or that overran the time budget. Lazy: one article is processed at a
 * time as the rows are consumed. Spark ships one copy to each task.
 */
final class PartitionExtractor implements FlatMapFunction<Iterator<InputItem>, TableRow> {

    private static final long serialVersionUID = 1L;

    private final long articleTimeoutMs;

    /** @param articleTimeoutMs how long one article may take before it is set aside */
    PartitionExtractor(long articleTimeoutMs) {
        this.articleTimeoutMs = articleTimeoutMs;
    }

    @Override
    public Iterator<TableRow> call(Iterator<InputItem> items) {
        TimedPipeline pipeline = new TimedPipeline(ExecutorPipeline.get(), articleTimeoutMs);
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((TaskCompletionListener) context -> pipeline.close());
        }
        return new Iterator<>() {
            private final ArrayDeque<TableRow> pending = new ArrayDeque<>();

            @Override
            public boolean hasNext() {
                while (pending.isEmpty() && items.hasNext()) {
                    extract(items.next());
                }
                if (pending.isEmpty()) {
                    pipeline.close();
                    return false;
                }
                return true;
            }

            @Override
            public TableRow next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return pending.poll();
            }

            private void extract(InputItem item) {
                if (item instanceof InputItem.SetAsideItem rejected) {
                    pending.add(StoreRows.setAside(rejected.setAside()));
                    return;
                }
                InputItem.ArticleItem article = (InputItem.ArticleItem) item;
                TimedPipeline.Outcome outcome;
                try {
                    outcome = pipeline.process(article.article());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("the task was interrupted while extracting " + article.id()
                            + " of " + article.input() + "; Spark retries it", e);
                }
                if (outcome instanceof TimedPipeline.Done done) {
                    pending.addAll(StoreRows.of(done.result()));
                } else {
                    String reason = ((TimedPipeline.Failed) outcome).reason();
                    pending.add(StoreRows.setAside(new SetAside(article.input(), "id " + article.id(), reason)));
                }
            }
        };
    }
}
