package dev.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class IngestProgressTest {

    @Test
    void theBarShowsShareRateAndTimeLeft() {
        assertThat(IngestProgress.bar(1_080, OptionalLong.of(2_400), 4.0))
                .isEqualTo("[=============>                ]  45%  1,080/2,400 records  270/s  ETA 0:05");
        assertThat(IngestProgress.bar(500, OptionalLong.empty(), 2.0)).isEqualTo("500 records  250/s");
        assertThat(IngestProgress.line(1_080, OptionalLong.of(2_400), 4.0))
                .isEqualTo("1,080 of 2,400 records (45%), 270 records/s, about 0:05 left");
        assertThat(IngestProgress.line(3_600_000, OptionalLong.of(7_200_000), 3_600.0)).endsWith("about 1:00:00 left");
    }

    @Test
    void recordsAreCountedWithoutParsingWhereTheFormatAllows(@TempDir Path dir) throws Exception {
        Path jsonl = dir.resolve("a.jsonl");
        Files.writeString(jsonl, "{\"id\": 1}\n{\"id\": 2}\n{\"id\": 3}");
        Path folder = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(folder.resolve("one.html"), "<html></html>");
        Files.writeString(folder.resolve("two.txt"), "text");
        assertThat(InputEstimate.records(List.of(jsonl.toString(), folder.toString()))).hasValue(5);

        Path gz = dir.resolve("a.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write("{\"id\": 1}\n".getBytes());
        }
        assertThat(InputEstimate.records(List.of(jsonl.toString(), gz.toString()))).isEmpty();
        assertThat(InputEstimate.records(List.of("-"))).isEmpty();
    }

    @Test
    void aPlainLogGetsTheFirstCommitAndThenALineEveryTenSeconds() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (RejectedLog log = RejectedLog.open(null)) {
            IngestProgress progress = new IngestProgress(new java.io.PrintStream(bytes, true), log, false, OptionalLong.of(10));
            progress.committed(new dev.parley.store.ingest.IngestCounts(4, 4, 0, 0, 0, 9));
            progress.committed(new dev.parley.store.ingest.IngestCounts(8, 8, 0, 0, 0, 18));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        assertThat(bytes.toString().lines()).hasSize(1).allSatisfy(l -> assertThat(l).startsWith("parley ingest: 4 of 10"));
    }
}
