package dev.parley.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every input users have: HTML, WARC.gz, gzip, text, folders, and bad input among them. */
class InputFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String page() throws Exception {
        try (var in = InputFormatsTest.class.getResourceAsStream("/pages/summit.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A WARC.gz holding the page as an HTTP response, captured at {@code captured}. */
    static Path warc(Path dir, String page, Instant captured) throws Exception {
        Path file = dir.resolve("capture.warc.gz");
        String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             WarcWriter w = new WarcWriter(ch, WarcCompression.GZIP)) {
            w.write(new WarcResponse.Builder(URI.create("https://news.example.test/africa/kenya-tanzania-border-pact"))
                    .date(captured).body(MediaType.HTTP_RESPONSE, http.getBytes(StandardCharsets.UTF_8)).build());
        }
        return file;
    }

    private static List<JsonNode> events(Path file) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    /** Events without what names their input (doc, id, evidence offsets into that input's text). */
    private static List<String> comparable(List<JsonNode> events) {
        return events.stream().map(e -> e.get("type").asText() + "/" + e.get("mode").asText() + " "
                + e.get("status").asText() + " " + e.get("date").asText() + " " + e.get("source") + " -> "
                + e.get("target") + " " + e.get("location")).toList();
    }

    @Test
    void anHtmlPageAndTheSamePageInAWarcGzGiveTheSameEventsDatedFromThePage(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("page.html");
        Files.writeString(html, page());
        Path warc = warc(dir, page(), Instant.parse("2024-05-30T12:00:00Z"));
        Path fromHtml = dir.resolve("html.jsonl");
        Path fromWarc = dir.resolve("warc.jsonl");

        assertThat(CliRun.of("extract", html.toString(), "-o", fromHtml.toString()).exit()).isZero();
        CliRun run = CliRun.of("extract", warc.toString(), "-o", fromWarc.toString());
        assertThat(run.exit()).as(run.err()).isZero();

        List<JsonNode> a = events(fromHtml);
        assertThat(a).isNotEmpty();
        assertThat(comparable(events(fromWarc))).isEqualTo(comparable(a));
        JsonNode sign = a.stream().filter(e -> e.get("type").asText().equals("SUPPORT")).findFirst().orElseThrow();
        assertThat(sign.get("date").asText()).isEqualTo("2024-03-13"); // Wednesday before the page's date, not the capture's
        assertThat(sign.get("location").get("place").asText()).isEqualTo("Nairobi");
        assertThat(events(fromWarc).get(0).get("doc").asText()).startsWith("urn:uuid:");
        assertThat(Files.readString(fromHtml)).doesNotContain("Ethiopia").doesNotContain("Uganda");
    }

    @Test
    void badInputsAreNamedAndSetAsideWhileTheGoodPageIsRead(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("good.html");
        Files.writeString(html, page());
        Path binary = dir.resolve("noise.bin");
        byte[] noise = new byte[20_000];
        new Random(7).nextBytes(noise);
        noise[0] = 0;
        Files.write(binary, noise);
        byte[] whole = Files.readAllBytes(warc(dir, page(), Instant.parse("2024-03-14T12:00:00Z")));
        Path truncated = dir.resolve("truncated.warc.gz");
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length / 2));
        Path out = dir.resolve("events.jsonl");
        Path rejected = dir.resolve("rejected.jsonl");

        CliRun run = CliRun.of("extract", binary.toString(), truncated.toString(), html.toString(),
                "-o", out.toString(), "--rejected", rejected.toString());

        assertThat(run.exit()).isEqualTo(ParleyCommand.SET_ASIDE);
        assertThat(run.err()).contains("noise.bin").contains("binary content").contains("truncated.warc.gz");
        assertThat(events(out)).extracting(e -> e.get("doc").asText()).containsOnly(html.toString());
        List<JsonNode> reasons = events(rejected);
        assertThat(reasons).extracting(r -> r.get("input").asText()).contains(binary.toString(), truncated.toString());
        assertThat(reasons).allSatisfy(r -> assertThat(r.get("reason").asText()).isNotBlank());
    }

    @Test
    void gzipTextAndFoldersAreReadRecursively(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in/sub"));
        Files.writeString(folder.resolve("note.txt"),
                "Chile and Peru signed a fisheries agreement in Lima on Monday, officials said.\n");
        try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(dir.resolve("in/articles.jsonl.gz")))) {
            gz.write(("{\"id\": \"gz-1\", \"published\": \"2024-02-07\", \"text\": "
                    + "\"Japan and India held talks in Tokyo on Tuesday, the ministry said.\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        Path out = dir.resolve("events.jsonl");
        CliRun run = CliRun.of("extract", dir.resolve("in").toString(), "-o", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(events(out)).extracting(e -> e.get("doc").asText())
                .contains("gz-1", folder.resolve("note.txt").toString());
    }

    @Test
    void aRecordOverTheSizeLimitIsSetAside(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.jsonl");
        String filler = "x".repeat(2 * 1024 * 1024);
        Files.writeString(big, "{\"id\": \"huge\", \"text\": \"" + filler + "\"}\n{\"id\": \"ok\", \"text\": \"Fine.\"}\n");
        CliRun run = CliRun.of("extract", big.toString(), "--max-record-mb", "1", "-o", dir.resolve("o.jsonl").toString());
        assertThat(run.exit()).isEqualTo(ParleyCommand.SET_ASIDE);
        assertThat(run.err()).contains("line 1").contains("larger than the limit");
        assertThat(run.err()).contains("2 articles read").contains("1 records set aside");
    }

    @Test
    void cleanShowsWhatWasRemovedAndWhy(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("page.html");
        Files.writeString(html, page());
        CliRun run = CliRun.of("clean", html.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("published: 2024-03-14 (from the record)")
                .contains("dateline: NAIROBI (Example)")
                .contains("body     Kenya and Tanzania signed an agreement")
                .contains("author: Amina Otieno").contains("removed  [byline] By Amina Otieno");
    }
}
