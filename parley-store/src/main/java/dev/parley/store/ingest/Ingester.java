package dev.parley.store.ingest;

import dev.parley.api.Article;
import dev.parley.api.SetAside;
import dev.parley.io.InputRecord;
import dev.parley.pipeline.Pipeline;
import dev.parley.store.Digests;
import dev.parley.store.Store;
import dev.parley.store.consolidate.Consolidator;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs the pipeline over input records into a {@link Store}: articles on several threads, written in input
 * order in batches of {@value #BATCH}, one transaction each. An article already stored with the same text
 * (same id, same SHA-256) is skipped before the pipeline; one stored with another text has its rows
 * replaced. {@link #finish} recomputes the consolidation across articles. A run killed at any point leaves
 * whole batches; running it again skips them and gives the store an uninterrupted run gives.
 * Not thread-safe: one thread drives it.
 */
public final class Ingester implements AutoCloseable {

    /** Articles per transaction. */
    public static final int BATCH = 256;

    private final Store store;
    private final Pipeline pipeline;
    private final IngestListener listener;
    private final ExecutorService pool;
    private final BatchWriter writer;
    private final Map<String, String> hashes;
    private final ArrayDeque<Pending> window = new ArrayDeque<>();
    private long read;
    private long added;
    private long replaced;
    private long unchanged;
    private long setAside;
    private long events;

    public Ingester(Store store, Pipeline pipeline, int threads, IngestListener listener) throws SQLException {
        this.store = store;
        this.pipeline = pipeline;
        this.listener = listener;
        this.writer = new BatchWriter(store);
        this.hashes = storedHashes(store);
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "parley-ingest");
            t.setDaemon(true);
            return t;
        });
    }

    private static Map<String, String> storedHashes(Store store) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Statement s = store.connection().createStatement();
             ResultSet r = s.executeQuery("SELECT id, text_sha256 FROM articles")) {
            while (r.next()) {
                out.put(r.getString(1), r.getString(2));
            }
        }
        return out;
    }

    /** Reads every record of one input, committing batches as they fill. */
    public void add(Iterator<InputRecord> records, String inputName) throws SQLException, InterruptedException {
        while (records.hasNext()) {
            InputRecord record = records.next();
            read++;
            if (record instanceof InputRecord.Rejected rejected) {
                setAside++;
                listener.setAside(rejected.reason());
            } else if (record instanceof InputRecord.Read r) {
                submit(r.article(), inputName);
            }
            if (window.size() >= 2 * BATCH) {
                commit(BATCH);
            }
        }
    }

    private void submit(Article article, String inputName) {
        String hash = Digests.sha256(article.text());
        String before = hashes.put(article.id(), hash);
        if (hash.equals(before)) {
            unchanged++;
            return;
        }
        Future<Outcome> outcome = pool.submit(() -> prepare(article, inputName));
        window.add(new Pending(article.id(), Optional.ofNullable(before), outcome));
    }

    private Outcome prepare(Article article, String inputName) {
        try {
            return new Ready(PreparedArticle.of(pipeline.process(article)));
        } catch (RuntimeException e) {
            return new Failed(new SetAside(inputName, "id " + article.id(),
                    "the pipeline failed on this article (" + e + "); please report it with the record"));
        }
    }

    /** Writes the first {@code n} pending articles in one transaction. */
    private void commit(int n) throws SQLException, InterruptedException {
        Map<String, PreparedArticle> batch = new LinkedHashMap<>();
        Set<String> replacing = new LinkedHashSet<>();
        for (int i = 0; i < n && !window.isEmpty(); i++) {
            Pending p = window.poll();
            Outcome outcome = outcome(p);
            if (outcome instanceof Ready ready) {
                batch.remove(p.id()); // a later record of the same id in one batch wins
                batch.put(p.id(), ready.article());
                if (p.before().isPresent()) {
                    replacing.add(p.id());
                    replaced++;
                } else {
                    added++;
                }
            } else if (outcome instanceof Failed failed) {
                setAside++;
                p.before().ifPresentOrElse(h -> hashes.put(p.id(), h), () -> hashes.remove(p.id()));
                listener.setAside(failed.reason());
            }
        }
        if (batch.isEmpty()) {
            return;
        }
        writer.write(new ArrayList<>(batch.values()), replacing);
        events += batch.values().stream().mapToLong(a -> a.events().size()).sum();
        listener.committed(counts());
    }

    private static Outcome outcome(Pending p) throws InterruptedException {
        try {
            return p.outcome().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("an ingest worker failed outside the pipeline", e.getCause());
        }
    }

    /**
     * Commits what is pending and, when this run changed the store or an earlier run was interrupted,
     * recomputes the consolidation. Returns the run's counts.
     */
    public IngestCounts finish() throws SQLException, InterruptedException {
        while (!window.isEmpty()) {
            commit(BATCH);
        }
        if (!store.consolidationCurrent()) {
            listener.consolidating();
            Consolidator.recompute(store);
        }
        return counts();
    }

    /** The counts so far. */
    public IngestCounts counts() {
        return new IngestCounts(read, added, replaced, unchanged, setAside, events);
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    /** An article in the pipeline, with the hash stored for its id before this record, if any. */
    private record Pending(String id, Optional<String> before, Future<Outcome> outcome) {
    }

    /** What the pipeline made of one article. */
    private sealed interface Outcome permits Ready, Failed {
    }

    private record Ready(PreparedArticle article) implements Outcome {
    }

    /** The pipeline failed on the article: it is set aside, and the store keeps what it had. */
    private record Failed(SetAside reason) implements Outcome {
    }
}
