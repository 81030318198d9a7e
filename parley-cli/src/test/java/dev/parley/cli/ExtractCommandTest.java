package dev.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExtractCommandTest {

    private static final String GOOD = "{\"id\": \"good-1\", \"published\": \"2024-05-02\", \"text\": "
            + "\"Kenya and Ethiopia signed a border security agreement in Nairobi on Tuesday.\"}\n";

    @Test
    void badRecordsAreSetAsideNamedAndTheRestIsProcessed(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("mixed.jsonl");
        Files.writeString(input, GOOD + "{broken json\n" + "{\"id\": \"no-text\"}\n"
                + GOOD.replace("good-1", "good-2"), StandardCharsets.UTF_8);
        Path latin1 = dir.resolve("latin1.jsonl");
        Files.write(latin1, "{\"id\": \"l1\", \"text\": \"Caf\u00e9 talks in M\u00fcnchen.\"}\n"
                .getBytes(StandardCharsets.ISO_8859_1));
        Path out = dir.resolve("events.jsonl");

        CliRun run = CliRun.of("extract", input.toString(), latin1.toString(), "-o", out.toString());

        assertThat(run.exit()).isEqualTo(ParleyCommand.SET_ASIDE);
        assertThat(run.err()).contains(input + ": line 2: not a JSON object");
        assertThat(run.err()).contains(input + ": line 3 (id no-text): record has no text");
        assertThat(run.err()).contains(latin1 + ": line 1: not valid UTF-8");
        assertThat(run.err()).contains("3 records set aside");
        String events = Files.readString(out);
        assertThat(events).contains("\"doc\":\"good-1\"").contains("\"doc\":\"good-2\"");
    }

    @Test
    void allGoodInputExitsZeroAndReadsStandardInputWithDash(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("good.jsonl");
        Files.writeString(input, GOOD);
        CliRun run = CliRun.of("extract", input.toString());
        assertThat(run.exit()).isEqualTo(ParleyCommand.OK);
        assertThat(run.out()).contains("\"type\":\"SUPPORT\"").contains("\"cameo\":\"057\"");
        assertThat(run.err()).contains("1 articles read, 1 events written, 0 records set aside");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(CliRun.of("extract", "--no-such-option").exit()).isEqualTo(2);
        assertThat(CliRun.of("frobnicate").exit()).isEqualTo(2);
    }

    @Test
    void aMissingFileIsSetAsideNamingIt(@TempDir Path dir) {
        CliRun run = CliRun.of("extract", dir.resolve("absent.jsonl").toString());
        assertThat(run.exit()).isEqualTo(ParleyCommand.SET_ASIDE);
        assertThat(run.err()).contains("absent.jsonl: file: no such file or folder");
    }

    @Test
    void outputBytesAreTheSameOnOneThreadAndOnMany(@TempDir Path dir) throws Exception {
        Path sample = Path.of("../corpus/sample/articles.jsonl");
        Path one = dir.resolve("one.jsonl");
        Path many = dir.resolve("many.jsonl");
        assertThat(CliRun.of("extract", sample.toString(), "--threads", "1", "-o", one.toString()).exit()).isZero();
        assertThat(CliRun.of("extract", sample.toString(), "--threads", "4", "-o", many.toString()).exit()).isZero();
        assertThat(Files.readAllBytes(many)).isEqualTo(Files.readAllBytes(one));
        assertThat(Files.size(one)).isPositive();
    }
}
