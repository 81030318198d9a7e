package dev.parley.cli;

import dev.parley.api.Article;
import dev.parley.api.SetAside;
import dev.parley.io.ArticleInputs;
import dev.parley.io.InputRecord;
import dev.parley.io.JsonLinesArticleReader;
import dev.parley.io.ReadLimits;
import dev.parley.pipeline.Pipeline;
import dev.parley.store.Store;
import dev.parley.store.consolidate.Consolidator;
import dev.parley.store.ingest.BatchWriter;
import dev.parley.store.ingest.IngestCounts;
import dev.parley.store.ingest.IngestListener;
import dev.parley.store.ingest.Ingester;
import dev.parley.store.ingest.PreparedArticle;
import dev.parley.store.query.ConsolidatedQuery;
import dev.parley.store.query.EventFilter;
import dev.parley.store.query.EventQuery;
import dev.parley.store.query.StoreTotals;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * {@code parley bench-store}: store figures. Ingest rate of a generated corpus (the sample articles repeated
 * under new ids) through the whole path: pipeline, writes, consolidation. Then query latency of filtered dyad
 * queries on synthetic events written straight into a second store. Timings belong here, never in tests.
 */
@Command(name = "bench-store", mixinStandardHelpOptions = true,
        description = {"Measures the store: ingest rate of a generated corpus (pipeline, writes and consolidation),",
                "and the latency (p50, p95) of filtered dyad queries on synthetic events."})
final class BenchStoreCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", description = "articles to ingest (default: 100000)")
    int articles = 100_000;

    @Option(names = "--events", paramLabel = "M", description = "synthetic events to query (default: 1000000)")
    int events = 1_000_000;

    @Option(names = "--queries", paramLabel = "Q", description = "dyad queries to time (default: 200)")
    int queries = 200;

    @Option(names = "--threads", paramLabel = "N", description = "pipeline threads (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        Path dir = Files.createTempDirectory("parley-bench-store");
        try {
            if (articles > 0) {
                ingest(out, dir);
            }
            if (events > 0) {
                query(out, dir.resolve("synthetic.duckdb"));
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return ParleyCommand.OK;
    }

    private void ingest(PrintStream out, Path dir) throws Exception {
        Path corpus = writeCorpus(dir.resolve("corpus.jsonl"));
        Path db = dir.resolve("ingest.duckdb");
        Pipeline pipeline = Pipeline.standard();
        AtomicLong consolidationStart = new AtomicLong();
        IngestListener quiet = new IngestListener() {
            @Override
            public void setAside(SetAside record) {
                out.println("set aside: " + record);
            }

            @Override
            public void committed(IngestCounts soFar) {
                // the figures come at the end
            }

            @Override
            public void consolidating() {
                consolidationStart.set(System.nanoTime());
            }
        };
        long t = System.nanoTime();
        IngestCounts counts;
        try (Store store = Store.open(db); Ingester ingester = new Ingester(store, pipeline, threads, quiet)) {
            ingester.add(ArticleInputs.open(corpus.toString(), System.in, ReadLimits.DEFAULT), corpus.toString());
            counts = ingester.finish();
            double total = seconds(t);
            double consolidation = seconds(consolidationStart.get());
            StoreTotals totals = StoreTotals.of(store);
            out.printf(Locale.ROOT, "ingest: %,d articles, %,d events in %.1f s: %,.0f articles/s (%d threads), "
                            + "of which consolidation %.1f s (%,d consolidated events, %,d near-duplicate articles)%n",
                    counts.written(), counts.events(), total, counts.written() / total, threads, consolidation,
                    totals.consolidated(), totals.duplicates());
        }
        out.printf(Locale.ROOT, "store file: %,.1f MB%n", Files.size(db) / 1e6);
        t = System.nanoTime();
        try (Store store = Store.open(db); Ingester ingester = new Ingester(store, pipeline, threads, quiet)) {
            ingester.add(ArticleInputs.open(corpus.toString(), System.in, ReadLimits.DEFAULT), corpus.toString());
            ingester.finish();
        }
        out.printf(Locale.ROOT, "re-ingest of the same corpus (every article unchanged): %.1f s%n", seconds(t));
    }

    private Path writeCorpus(Path file) throws IOException {
        List<Article> seed = new ArrayList<>();
        try (InputStream in = BenchStoreCommand.class.getResourceAsStream(DemoCommand.SAMPLE)) {
            JsonLinesArticleReader reader = new JsonLinesArticleReader(in, "sample corpus");
            while (reader.hasNext()) {
                if (reader.next() instanceof InputRecord.Read r) {
                    seed.add(r.article());
                }
            }
        }
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < articles; i++) {
                Article a = seed.get(i % seed.size());
                var node = json.createObjectNode();
                node.put("id", a.id() + "-" + i);
                node.put("text", a.text());
                a.url().ifPresent(u -> node.put("url", u));
                a.published().ifPresent(d -> node.put("published", d.toString()));
                a.language().ifPresent(l -> node.put("language", l));
                w.write(json.writeValueAsString(node));
                w.write('\n');
            }
        }
        return file;
    }

    private void query(PrintStream out, Path db) throws Exception {
        SyntheticEvents synthetic = new SyntheticEvents(7);
        try (Store store = Store.open(db)) {
            long t = System.nanoTime();
            BatchWriter writer = new BatchWriter(store);
            int perArticle = SyntheticEvents.EVENTS_PER_ARTICLE;
            long articleCount = (events + perArticle - 1) / perArticle;
            List<PreparedArticle> batch = new ArrayList<>();
            for (long n = 0; n < articleCount; n++) {
                batch.add(synthetic.article(n));
                if (batch.size() == 10_000 || n == articleCount - 1) {
                    writer.write(batch, List.of());
                    batch.clear();
                }
            }
            out.printf(Locale.ROOT, "synthetic store: %,d events between %d actors written in %.1f s%n",
                    store.queryLong("SELECT count(*) FROM events"), SyntheticEvents.ACTORS, seconds(t));
            t = System.nanoTime();
            Consolidator.recompute(store);
            out.printf(Locale.ROOT, "consolidation of %,d events: %.1f s (%,d consolidated events)%n",
                    store.queryLong("SELECT count(*) FROM events"), seconds(t),
                    store.queryLong("SELECT count(*) FROM consolidated_events"));
        }
        // queried as parley events queries it: a process of its own opening the store written before
        try (Store store = Store.openExisting(db)) {
            Random random = new Random(11);
            List<String> codes = synthetic.codes();
            for (String kind : List.of("events", "consolidated")) {
                double[] ms = new double[queries];
                long rows = 0;
                for (int q = -10; q < queries; q++) { // ten warm-up queries first
                    String a = codes.get(random.nextInt(codes.size()));
                    String b = codes.get(random.nextInt(codes.size()));
                    while (b.equals(a)) {
                        b = codes.get(random.nextInt(codes.size()));
                    }
                    EventFilter filter = new EventFilter(Optional.empty(), Optional.of(new EventFilter.Dyad(a, b)),
                            Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(LocalDate.of(2020, 1, 1)),
                            Optional.empty(), Optional.empty(), Optional.empty(), List.of());
                    long s = System.nanoTime();
                    long n = kind.equals("events") ? EventQuery.forEach(store, filter, chunk -> { })
                            : ConsolidatedQuery.forEach(store, filter, chunk -> { });
                    if (q >= 0) {
                        ms[q] = (System.nanoTime() - s) / 1e6;
                        rows += n;
                    }
                }
                Arrays.sort(ms);
                out.printf(Locale.ROOT, "%s query (--dyad A,B --since 2020, rows loaded whole): p50 %.1f ms, p95 %.1f ms, "
                                + "%.0f rows on average, %d queries%n", kind, ms[queries / 2], ms[(int) Math.ceil(queries * 0.95) - 1],
                        rows / (double) queries, queries);
            }
        }
        out.printf(Locale.ROOT, "synthetic store file: %,.1f MB%n", Files.size(db) / 1e6);
    }

    private static double seconds(long startNanos) {
        return Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
    }
}
