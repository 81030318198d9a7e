package dev.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated hostile articles through the whole pipeline: random bytes as records and as text, giant tokens, a 1 MB
 * single-line article, deeply nested HTML, mixed scripts, right-to-left text, thousands of actors in one
 * article. Nothing crashes or hangs: each article gives events or is set aside with its reason, and the
 * good article among them still gives its events. Seeded, so a failure replays.
 */
class HostileArticlesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String line(String id, String text) throws Exception {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("published", "2024-03-05");
        m.put("text", text);
        return JSON.writeValueAsString(m) + "\n";
    }

    @Test
    void hostileArticlesNeverStopTheBatch(@TempDir Path dir) throws Exception {
        Random random = new Random(11);
        StringBuilder in = new StringBuilder();
        StringBuilder noise = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            noise.appendCodePoint(0x20 + random.nextInt(0x3000));
        }
        in.append(line("random-text", noise.toString()));
        in.append(line("giant-token", "x".repeat(300_000) + " Japan and India signed a pact."));
        StringBuilder mb = new StringBuilder();
        String[] words = {"Japan", "met", "India", "and", "signed", "agreed", "the", "in", "Tokyo", "talks", "with"};
        while (mb.length() < 1_000_000) {
            mb.append(words[random.nextInt(words.length)]).append(' ');
        }
        in.append(line("one-mb-line", mb.toString()));
        in.append(line("nested-html", "<html><body>" + "<div>".repeat(50_000) + "Talks." + "</div>".repeat(50_000)));
        in.append(line("mixed-scripts", "Россия и 中国 signed وثيقة with Việt Nam and 日本 在 Tokyo met सम्मेलन."));
        in.append(line("rtl", "\u202Eوقعت مصر والأردن اتفاقية في عمان يوم الاثنين.\u202C Egypt and Jordan met."));
        StringBuilder actors = new StringBuilder("The ministers of ");
        String[] states = {"France", "Germany", "Japan", "India", "Brazil", "Kenya", "Chile", "Peru", "Vietnam", "Egypt"};
        for (int i = 0; i < 5_000; i++) {
            actors.append(states[i % states.length]).append(i % 50 == 49 ? " met. Talks with " : ", ");
        }
        in.append(line("thousands-of-actors", actors + "signed."));
        in.append(line("good", "Kenya and Tanzania signed a border agreement in Nairobi on Monday, officials said."));
        Path input = dir.resolve("hostile.jsonl");
        Files.writeString(input, in.toString(), StandardCharsets.UTF_8);
        Path out = dir.resolve("events.jsonl");

        CliRun run = CliRun.of("extract", input.toString(), "-o", out.toString(), "--article-timeout-ms", "60000");

        assertThat(run.exit()).as(run.err()).isIn(ParleyCommand.OK, ParleyCommand.SET_ASIDE);
        assertThat(run.err()).contains("8 articles read");
        assertThat(Files.readString(out)).contains("\"doc\":\"good\"");
    }

    @Test
    void randomBytesAmongArticlesAreSetAsideAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        Random random = new Random(23);
        java.io.ByteArrayOutputStream in = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < 40; i++) { // past the head that tells the format: a file corrupted further on
            in.write(line("before-" + i, "Chile and Peru signed an accord in Lima.").getBytes(StandardCharsets.UTF_8));
        }
        for (int i = 0; i < 5; i++) {
            byte[] noise = new byte[1 + random.nextInt(5_000)];
            random.nextBytes(noise);
            for (int k = 0; k < noise.length; k++) {
                noise[k] = noise[k] == '\n' ? (byte) 0xff : noise[k]; // one record per line
            }
            noise[0] = '{'; // looks like a JSON record until it is read
            in.write(noise);
            in.write('\n');
        }
        in.write(line("after", "Kenya and Tanzania signed a border agreement in Nairobi.").getBytes(StandardCharsets.UTF_8));
        Path input = dir.resolve("noise.jsonl");
        Files.write(input, in.toByteArray());
        Path out = dir.resolve("events.jsonl");

        CliRun run = CliRun.of("extract", input.toString(), "-o", out.toString());

        assertThat(run.exit()).as(run.err()).isEqualTo(ParleyCommand.SET_ASIDE);
        assertThat(run.err()).contains("46 articles read").contains("5 records set aside");
        assertThat(Files.readString(out)).contains("\"doc\":\"before-39\"").contains("\"doc\":\"after\"");
    }

    @Test
    void anArticleOverTheTimeBudgetIsSetAsideAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        StringBuilder slow = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            slow.append("Japan and India met in Tokyo and agreed to hold talks with Brazil, Kenya and Chile. ");
        }
        Path input = dir.resolve("slow.jsonl");
        Files.writeString(input, line("slow", slow.toString()) + line("good", "Chile and Peru signed an accord in Lima."));
        Path out = dir.resolve("events.jsonl");
        CliRun run = CliRun.of("extract", input.toString(), "-o", out.toString(), "--article-timeout-ms", "1",
                "--threads", "1");
        assertThat(run.exit()).isEqualTo(ParleyCommand.SET_ASIDE);
        assertThat(run.err()).contains("id slow").contains("time budget");
    }
}
