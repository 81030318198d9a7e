package dev.parley.spark;

import dev.parley.api.Actor;
import dev.parley.api.Event;
import dev.parley.api.SetAside;
import dev.parley.io.ArticleInputs;
import dev.parley.io.EventJson;
import dev.parley.io.InputRecord;
import dev.parley.io.ReadLimits;
import dev.parley.pipeline.Pipeline;
import dev.parley.store.Store;
import dev.parley.store.query.EventFilter;
import dev.parley.store.query.EventQuery;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the job once with master local[2] over the sample corpus, plus a gzipped JSON Lines file (a copy of a
 * sample article under a new id, and a line that is not JSON), a WARC.gz capture of an HTML page and a plain
 * text file, and checks its output against the pipeline run directly over the same files with the same readers.
 */
class ExtractJobIT {

    private static final Path SAMPLE = Path.of("../corpus/sample/articles.jsonl");
    private static final String COPY_ID = "copy-of-first-sample";

    @TempDir
    static Path dir;

    private static SparkSession spark;
    private static Path out;
    private static Extraction.Summary summary;
    private static Direct direct;

    @BeforeAll
    static void runJobAndPipeline() throws Exception {
        Path input = Files.createDirectories(dir.resolve("input"));
        Files.createDirectories(input.resolve("sample"));
        Files.copy(SAMPLE, input.resolve("sample/articles.jsonl"));
        Files.createDirectories(input.resolve("extra"));
        String first = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8).get(0);
        String copy = first.replaceFirst("\"id\"\\s*:\\s*\"[^\"]*\"", "\"id\": \"" + COPY_ID + "\"");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(input.resolve("extra/more.jsonl.gz")))) {
            gz.write((copy + "\nthis line is not JSON\n").getBytes(StandardCharsets.UTF_8));
        }
        String page = "<!DOCTYPE html><html><head><title>Kenya and Tanzania sign border pact</title></head><body>"
                + "<article><p>NAIROBI, 12 March 2024 - Kenya and Tanzania signed a border security agreement in "
                + "Nairobi on Tuesday, the two foreign ministers said.</p></article></body></html>";
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page;
        try (FileChannel ch = FileChannel.open(input.resolve("extra/capture.warc.gz"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
            w.write(new WarcResponse.Builder(URI.create("https://news.example.test/kenya-tanzania-border-pact"))
                    .date(Instant.parse("2024-03-12T10:00:00Z"))
                    .body(MediaType.HTTP_RESPONSE, http.getBytes(StandardCharsets.UTF_8)).build());
        }
        Files.writeString(input.resolve("extra/note.txt"), "BERLIN, 3 March 2024 - The foreign ministers of "
                + "Germany and France met in Berlin on Monday to discuss support for Ukraine.\n");

        direct = Direct.run(input);
        spark = ExtractJob.session("local[2]");
        out = dir.resolve("out");
        summary = new Extraction(spark, new Extraction.Settings(input.toString(), out.toString(), OptionalInt.empty(),
                ReadLimits.DEFAULT.maxRecordBytes(), 60_000, true, false)).run();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void eventsAreThoseOfThePipelineRunDirectly() {
        Map<String, List<String>> sources = new HashMap<>();
        Map<String, List<String>> targets = new HashMap<>();
        for (Row a : Extraction.read(spark, out.toString(), OutputTable.ACTORS)
                .orderBy("event_id", "side", "position").collectAsList()) {
            (a.getString(1).equals("source") ? sources : targets)
                    .computeIfAbsent(a.getString(0), k -> new ArrayList<>()).add(a.getString(3));
        }
        List<String> job = Extraction.read(spark, out.toString(), OutputTable.EVENTS)
                .collectAsList().stream()
                .map(e -> e.getString(1) + " " + e.getString(2) + " " + e.getString(4) + " "
                        + sources.getOrDefault(e.getString(0), List.of()) + " "
                        + targets.getOrDefault(e.getString(0), List.of()) + " " + e.getString(9))
                .sorted().toList();
        List<String> expected = direct.events.stream()
                .map(e -> e.id() + " " + e.doc() + " " + e.type().name() + " " + codes(e.source()) + " "
                        + codes(e.target()) + " " + e.date().map(Object::toString).orElse(null))
                .sorted().toList();

        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(job).isEqualTo(expected);
        assertThat(summary.events()).isEqualTo(expected.size());
        assertThat(summary.articles()).isEqualTo(direct.articles);
        assertThat(job).anyMatch(e -> e.contains("urn:uuid:")); // the WARC record's article
    }

    @Test
    void theStoreReadsTheSingleFilesAsItReadsItsOwnExport() throws Exception {
        List<String> stored = new ArrayList<>();
        try (Store store = Store.openParquet(out)) {
            EventQuery.forEach(store, EventFilter.ALL,
                    chunk -> chunk.forEach(e -> stored.add(EventJson.toLine(e.event()))));
        }
        stored.sort(null);
        assertThat(stored).isEqualTo(direct.events.stream().map(EventJson::toLine).sorted().toList());
    }

    @Test
    void recordsThatCannotBeReadAreSetAsideWithTheirInputAndReason() {
        List<String> rejected = Extraction.read(spark, out.toString(), OutputTable.REJECTED).collectAsList().stream()
                .map(r -> r.getString(0) + ": " + r.getString(1) + ": " + r.getString(2)).sorted().toList();

        assertThat(rejected).isEqualTo(direct.setAside.stream().map(SetAside::toString).sorted().toList());
        assertThat(rejected).singleElement().asString().contains("more.jsonl.gz: line 2: ");
        assertThat(summary.setAside()).isEqualTo(1);
        assertThat(summary.firstSetAside()).isEqualTo(rejected);
    }

    @Test
    void reportsOfOneTypeActorsAndDayAreConsolidatedAcrossArticles() {
        Map<String, List<Event>> groups = new HashMap<>();
        int alone = 0;
        for (Event e : direct.events) {
            String day = e.date().filter(d -> d.hasDay()).map(Object::toString).orElse("alone " + alone++);
            groups.computeIfAbsent(e.type() + " " + new TreeSet<>(e.actorCodes()) + " " + day, k -> new ArrayList<>())
                    .add(e);
        }
        List<String> expected = groups.values().stream()
                .map(g -> g.get(0).type().name() + " " + new TreeSet<>(g.get(0).actorCodes()) + " " + g.size() + " "
                        + new TreeSet<>(g.stream().map(Event::doc).toList()))
                .sorted().toList();
        List<String> job = Extraction.read(spark, out.toString(), OutputTable.CONSOLIDATED).collectAsList().stream()
                .map(c -> c.getString(1) + " " + new TreeSet<>(c.getList(10)) + " " + c.getInt(14) + " "
                        + new TreeSet<>(c.getList(20)))
                .sorted().toList();

        assertThat(job).isEqualTo(expected);
        assertThat(job).anyMatch(c -> c.contains(COPY_ID) && !c.endsWith("[" + COPY_ID + "]"));
        assertThat(summary.consolidated()).isEqualTo(expected.size());
    }

    private static List<String> codes(List<Actor> actors) {
        return actors.stream().map(Actor::code).toList();
    }

    /** The pipeline run directly over the files, each named as Spark names it. */
    private record Direct(List<Event> events, long articles, List<SetAside> setAside) {

        static Direct run(Path input) throws IOException {
            Pipeline pipeline = Pipeline.standard();
            List<Event> events = new ArrayList<>();
            List<SetAside> setAside = new ArrayList<>();
            long articles = 0;
            List<Path> files;
            try (Stream<Path> walk = Files.walk(input)) {
                files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
            }
            for (Path file : files) {
                try (InputStream in = Files.newInputStream(file)) {
                    Iterator<InputRecord> records = ArticleInputs.read(in, "file:" + file.toAbsolutePath(),
                            ReadLimits.DEFAULT);
                    while (records.hasNext()) {
                        InputRecord r = records.next();
                        if (r instanceof InputRecord.Read read) {
                            events.addAll(pipeline.process(read.article()).events());
                            articles++;
                        } else {
                            setAside.add(((InputRecord.Rejected) r).reason());
                        }
                    }
                }
            }
            return new Direct(events, articles, setAside);
        }
    }
}
