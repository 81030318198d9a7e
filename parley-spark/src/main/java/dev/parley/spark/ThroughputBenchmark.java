package dev.parley.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * A benchmark, not a test: how many articles a second the whole job (read, pipeline, every table, consolidation,
 * store files) handles on this machine, once per Spark master, typically {@code local[1]} against
 * {@code local[2]}. Generates its corpus by repeating a JSON Lines file under new ids ({@code <id>-r<n>}),
 * warms the JVM up on a small run first (lexicons loaded, code compiled), then times one run per master in
 * this JVM. Run it as {@code ./parley spark-bench}.
 */
@Command(name = "parley spark-bench", mixinStandardHelpOptions = true,
        description = "Times the Spark job on a generated corpus once per master and prints articles per second.")
public final class ThroughputBenchmark implements Callable<Integer> {

    private static final int WARM_UP_ARTICLES = 2_000;

    @Option(names = "--articles", paramLabel = "N", description = "articles in the generated corpus (default: 50000)")
    int articles = 50_000;

    @Option(names = "--source", paramLabel = "FILE",
            description = "the JSON Lines file repeated to make the corpus (default: corpus/sample/articles.jsonl)")
    Path source = Path.of("corpus/sample/articles.jsonl");

    @Option(names = "--masters", paramLabel = "MASTER", split = ",",
            description = "the masters to time, in order (default: local[1],local[2])")
    List<String> masters = List.of("local[1]", "local[2]");

    @Option(names = "--work", paramLabel = "DIR", description = "where the corpus and outputs go (default: a new temporary folder)")
    Path work;

    /** Runs the benchmark and exits with its code. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ThroughputBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        PrintStream err = System.err;
        if (!Files.isRegularFile(source)) {
            err.println("parley spark-bench: no file at " + source + "; name a JSON Lines file of articles with --source");
            return 1;
        }
        Path folder = work != null ? Files.createDirectories(work) : Files.createTempDirectory("parley-spark-bench");
        Path corpus = folder.resolve("corpus.jsonl");
        Path warmUp = folder.resolve("warm-up.jsonl");
        generate(source, corpus, articles);
        generate(source, warmUp, WARM_UP_ARTICLES);
        err.printf("parley spark-bench: %,d articles in %s (from %s)%n", articles, corpus, source);

        run(masters.get(masters.size() - 1), warmUp, folder.resolve("out-warm-up"));
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-12s %10s %10s %9s %12s", "master", "articles", "events", "seconds", "articles/s"));
        double first = 0;
        for (String master : masters) {
            long started = System.nanoTime();
            Extraction.Summary s = run(master, corpus, folder.resolve("out-" + master.replaceAll("\\W", "")));
            double seconds = (System.nanoTime() - started) / 1e9;
            double rate = s.articles() / seconds;
            first = first == 0 ? rate : first;
            lines.add(String.format("%-12s %,10d %,10d %9.1f %,12.0f", master, s.articles(), s.events(), seconds, rate));
            err.printf("parley spark-bench: %s done: %,.0f articles/s (%.2fx the first master)%n", master, rate, rate / first);
        }
        lines.forEach(System.out::println);
        return 0;
    }

    private static Extraction.Summary run(String master, Path input, Path output) throws Exception {
        SparkSession spark = ExtractJob.session(master);
        try {
            return new Extraction(spark, new Extraction.Settings(input.toString(), output.toString(), OptionalInt.empty(),
                    16L * 1024 * 1024, 10_000, true, true)).run();
        } finally {
            spark.stop();
        }
    }

    /** Writes {@code count} articles to {@code target}: the source's lines over and over, each under a new id. */
    static void generate(Path source, Path target, int count) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<ObjectNode> originals = new ArrayList<>();
        try (Stream<String> lines = Files.lines(source, StandardCharsets.UTF_8)) {
            for (String line : (Iterable<String>) lines.filter(l -> !l.isBlank())::iterator) {
                JsonNode node = json.readTree(line);
                if (node instanceof ObjectNode o && o.hasNonNull("id")) {
                    originals.add(o);
                }
            }
        }
        if (originals.isEmpty()) {
            throw new IOException(source + " holds no article records with an id; name a JSON Lines file of articles");
        }
        try (BufferedWriter out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                ObjectNode copy = originals.get(i % originals.size()).deepCopy();
                copy.put("id", copy.get("id").asText() + "-r" + (i / originals.size()));
                out.write(json.writeValueAsString(copy));
                out.write('\n');
            }
        }
    }
}
