package dev.parley.cli;

import dev.parley.api.Article;
import dev.parley.api.CleanArticle;
import dev.parley.io.ArticleInputs;
import dev.parley.io.InputRecord;
import dev.parley.io.JsonLinesArticleReader;
import dev.parley.io.ReadLimits;
import dev.parley.pipeline.Pipeline;
import dev.parley.pipeline.actors.LanguageLexicon;
import dev.parley.pipeline.actors.MentionFinder;
import dev.parley.pipeline.lexicon.LexiconSource;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code parley bench}: throughput figures on a generated corpus. Timings belong here, never in tests.
 * The corpus repeats the bundled sample articles under new ids; HTML pages and a WARC.gz are generated
 * from them to time the readers.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measures readers and pipeline on a generated corpus: articles per second on one thread",
                "and on all cores, time per stage, heap, time to the first event, and whether the cost per article",
                "stays the same on a corpus ten times larger."})
final class BenchCommand implements Callable<Integer> {

    private static final int ACTOR_SAMPLE = 5_000;

    @Option(names = "--articles", paramLabel = "N", description = "articles in the generated corpus (default: 20000)")
    int articles = 20_000;

    @Option(names = "--threads", paramLabel = "N", description = "threads for the parallel run (default: all cores)")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--input", paramLabel = "FILE", description = "JSON Lines articles to use instead of the sample corpus")
    Path input;

    @Option(names = "--linearity", paramLabel = "N", description = {"articles in the larger corpus of the linearity "
            + "run on all cores, against one a tenth of its size (default: 100000; 0 skips it)"})
    int linearity = 100_000;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        long start = System.nanoTime();
        Pipeline pipeline = Pipeline.standard();
        double built = seconds(start);
        List<Article> seed = seed();
        Article first = seed.get(0);
        int firstEvents = pipeline.process(first).events().size();
        out.printf("time to the first article's events: %.2f s from JVM start, %.2f s from the command's start "
                        + "(pipeline built in %.2f s, %d events)%n", ManagementFactory.getRuntimeMXBean().getUptime() / 1e3,
                seconds(start), built, firstEvents);

        Path dir = Files.createTempDirectory("parley-bench");
        try {
            Path jsonl = writeCorpus(seed, articles, dir.resolve("corpus.jsonl"));
            double avgBytes = Files.size(jsonl) / (double) articles;
            out.printf("corpus: %,d articles, %.1f KB on average, %d languages%n", articles, avgBytes / 1024,
                    seed.stream().map(a -> a.language().orElse("?")).distinct().count());
            readers(out, jsonl, seed, dir);
            pipelineRuns(out, pipeline, jsonl);
            if (linearity > 0) {
                linearity(out, pipeline, seed, dir);
            }
            out.printf("heap: %,d MB at the most during the runs, %,d MB max%n", peakHeap() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return ParleyCommand.OK;
    }

    private List<Article> seed() throws IOException {
        List<Article> out = new ArrayList<>();
        try (InputStream in = input != null ? Files.newInputStream(input)
                : BenchCommand.class.getResourceAsStream(DemoCommand.SAMPLE)) {
            JsonLinesArticleReader reader = new JsonLinesArticleReader(in, "seed");
            while (reader.hasNext()) {
                if (reader.next() instanceof InputRecord.Read r) {
                    out.add(r.article());
                }
            }
        }
        return out;
    }

    private static Path writeCorpus(List<Article> seed, int articles, Path file) throws IOException {
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < articles; i++) {
                Article a = seed.get(i % seed.size());
                var node = json.createObjectNode();
                node.put("id", a.id() + "-" + i);
                node.put("text", a.text());
                a.published().ifPresent(d -> node.put("published", d.toString()));
                a.language().ifPresent(l -> node.put("language", l));
                w.write(json.writeValueAsString(node));
                w.write('\n');
            }
        }
        return file;
    }

    private void readers(PrintStream out, Path jsonl, List<Article> seed, Path dir) throws IOException {
        long t = System.nanoTime();
        long n = count(ArticleInputs.open(jsonl.toString(), System.in, ReadLimits.DEFAULT));
        out.printf("reader JSON Lines: %,.0f articles/s%n", n / seconds(t));

        int pages = Math.max(1, articles / 10);
        Path html = Files.createDirectories(dir.resolve("html"));
        Path warc = dir.resolve("pages.warc.gz");
        try (FileChannel ch = FileChannel.open(warc, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
            for (int i = 0; i < pages; i++) {
                String page = toHtml(seed.get(i % seed.size()));
                Files.writeString(html.resolve(String.format("page-%06d.html", i)), page);
                byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page)
                        .getBytes(StandardCharsets.UTF_8);
                w.write(new WarcResponse.Builder(URI.create("https://bench.example.test/" + i))
                        .date(Instant.parse("2024-01-01T00:00:00Z")).body(MediaType.HTTP_RESPONSE, http).build());
            }
        }
        t = System.nanoTime();
        n = count(ArticleInputs.open(html.toString(), System.in, ReadLimits.DEFAULT));
        out.printf("reader HTML files: %,.0f articles/s (%,d pages)%n", n / seconds(t), n);
        t = System.nanoTime();
        n = count(ArticleInputs.open(warc.toString(), System.in, ReadLimits.DEFAULT));
        out.printf("reader WARC.gz: %,.0f articles/s (%,d records)%n", n / seconds(t), n);
    }

    private static String toHtml(Article a) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html><html lang=\"").append(a.language().orElse("en"))
                .append("\"><head><title>").append(escape(a.title().orElse(a.id()))).append("</title>");
        a.published().ifPresent(d -> b.append("<meta property=\"article:published_time\" content=\"").append(d).append("\">"));
        b.append("</head><body><nav><a href=\"/\">Home</a></nav><article>");
        for (String para : a.text().split("\n")) {
            if (!para.isBlank()) {
                b.append("<p>").append(escape(para)).append("</p>");
            }
        }
        return b.append("</article><footer>Copyright</footer></body></html>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private void pipelineRuns(PrintStream out, Pipeline pipeline, Path jsonl) throws Exception {
        List<Article> all = new ArrayList<>();
        ArticleInputs.open(jsonl.toString(), System.in, ReadLimits.DEFAULT).forEachRemaining(r -> {
            if (r instanceof InputRecord.Read read) {
                all.add(read.article());
            }
        });
        for (int i = 0; i < Math.min(2_000, all.size()); i++) {
            pipeline.process(all.get(i)); // warm up the JIT
        }
        long clean = 0;
        long t = System.nanoTime();
        for (Article a : all) {
            long c = System.nanoTime();
            pipeline.clean(a);
            clean += System.nanoTime() - c;
        }
        double cleanSeconds = clean / 1e9;
        actorResolution(out, pipeline, all);
        t = System.nanoTime();
        long events = 0;
        for (Article a : all) {
            events += pipeline.process(a).events().size();
        }
        double one = seconds(t);
        out.printf("pipeline, 1 thread: %,.0f articles/s (%,d events); per article: clean and segment %.3f ms, "
                + "actors and coding %.3f ms%n", all.size() / one, events, cleanSeconds * 1e3 / all.size(),
                Math.max(0, one - cleanSeconds) * 1e3 / all.size());
        Throughput many = parallel(pipeline, jsonl);
        System.gc();
        Runtime rt = Runtime.getRuntime();
        out.printf("pipeline, %d threads, reading included: %,.0f articles/s (%,d events)%n", threads,
                many.articlesPerSecond(), many.events());
        out.printf("heap: %,d MB in use after the run%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
    }

    /** Articles and events of a run on all cores, and its articles per second. */
    private record Throughput(long articles, long events, double articlesPerSecond) {
    }

    /** The corpus read and run through the pipeline on {@link #threads} threads, as {@code parley extract} does. */
    private Throughput parallel(Pipeline pipeline, Path jsonl) throws InterruptedException {
        AtomicLong extracted = new AtomicLong();
        AtomicLong events = new AtomicLong();
        long t = System.nanoTime();
        try (BatchExtractor batch = new BatchExtractor(pipeline, threads)) {
            Iterator<InputRecord> records = ArticleInputs.open(jsonl.toString(), System.in, ReadLimits.DEFAULT);
            batch.run(records, "bench", o -> {
                if (o instanceof BatchExtractor.Extracted x) {
                    extracted.incrementAndGet();
                    events.addAndGet(x.events().size());
                }
            });
        }
        return new Throughput(extracted.get(), events.get(), extracted.get() / seconds(t));
    }

    /**
     * The cost per article should not grow with the corpus: articles per second on all cores on a corpus of
     * {@link #linearity} articles and on one a tenth of its size, and the ratio of their times per article.
     */
    private void linearity(PrintStream out, Pipeline pipeline, List<Article> seed, Path dir) throws Exception {
        int small = Math.max(1, linearity / 10);
        Path smallCorpus = writeCorpus(seed, small, dir.resolve("linearity-small.jsonl"));
        Throughput a = parallel(pipeline, smallCorpus);
        Files.delete(smallCorpus);
        Path largeCorpus = writeCorpus(seed, linearity, dir.resolve("linearity-large.jsonl"));
        Throughput b = parallel(pipeline, largeCorpus);
        Files.delete(largeCorpus);
        out.printf("linearity, %d threads: %,d articles %,.0f articles/s; %,d articles %,.0f articles/s; "
                        + "time per article %.2f times that of the smaller corpus (1.00: linear)%n", threads,
                a.articles(), a.articlesPerSecond(), b.articles(), b.articlesPerSecond(),
                a.articlesPerSecond() / b.articlesPerSecond());
    }

    /** The most heap in use so far: the peaks of the heap's memory pools, added up. */
    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** Actor resolution alone: mentions recognised per second on one thread. */
    private static void actorResolution(PrintStream out, Pipeline pipeline, List<Article> all) {
        Map<String, LanguageLexicon> lexicons = new java.util.concurrent.ConcurrentHashMap<>();
        MentionFinder finder = new MentionFinder(l -> lexicons.computeIfAbsent(l,
                x -> new LanguageLexicon(LexiconSource.bundled(), x)));
        List<CleanArticle> cleaned = all.stream().limit(ACTOR_SAMPLE).map(pipeline::clean).toList();
        cleaned.forEach(finder::recognize); // warm up
        long mentions = 0;
        long t = System.nanoTime();
        for (CleanArticle c : cleaned) {
            mentions += finder.recognize(c).stream().mapToInt(List::size).sum();
        }
        double seconds = seconds(t);
        out.printf("actor resolution, 1 thread: %,.0f mentions/s (%,.0f articles/s)%n", mentions / seconds,
                cleaned.size() / seconds);
    }

    private static long count(Iterator<InputRecord> it) {
        long n = 0;
        while (it.hasNext()) {
            if (it.next() instanceof InputRecord.Read) {
                n++;
            }
        }
        return n;
    }

    private static double seconds(long startNanos) {
        return Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
    }
}
