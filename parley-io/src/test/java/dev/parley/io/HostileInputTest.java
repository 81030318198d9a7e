package dev.parley.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz-style: random bytes, truncated files and hostile HTML, given to every reader. No exception escapes;
 * each input gives articles or records set aside with a reason. Seeded, so a failure replays.
 */
class HostileInputTest {

    private static final String[] SEEDS = {
        "{\"id\": \"a\", \"text\": \"Ministers met in Rome.\"}\n{\"id\": \"b\", \"text\": \"Talks ended.\"}\n",
        "<!DOCTYPE html><html lang=\"en\"><head><title>T</title></head><body><article><h1>H</h1>"
                + "<p>Chile and Peru signed an accord.</p></article></body></html>",
        "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\nContent-Length: 9999\r\n\r\nHTTP/1.1 200",
        "Plain text: the foreign ministers of Ghana and Togo met in Accra on Monday.",
    };

    private static int drain(Iterator<InputRecord> it) {
        int n = 0;
        while (it.hasNext()) {
            InputRecord r = it.next();
            if (r instanceof InputRecord.Rejected rej) {
                assertThat(rej.reason().reason()).isNotBlank();
                assertThat(rej.reason().input()).isNotBlank();
            } else {
                assertThat(((InputRecord.Read) r).article().text()).isNotNull();
            }
            n++;
        }
        return n;
    }

    private static int read(byte[] bytes) {
        return drain(ArticleInputs.open("-", new ByteArrayInputStream(bytes), new ReadLimits(64 * 1024)));
    }

    private static byte[] gzip(byte[] bytes) throws Exception {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
            gz.write(bytes);
        }
        return b.toByteArray();
    }

    @Test
    void randomBytesNeverEscapeAsExceptions() {
        Random random = new Random(20261123);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[random.nextInt(4000)];
            random.nextBytes(bytes);
            if (i % 3 == 0 && bytes.length > 0) {
                bytes[0] = '{'; // pass the sniffer, fail the parser
            } else if (i % 3 == 1 && bytes.length > 1) {
                bytes[0] = 0x1f;
                bytes[1] = (byte) 0x8b; // a gzip header on garbage
            }
            assertThat(read(bytes)).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void truncatedInputsOfEveryFormatAreSetAsideOrReadNeverThrown() throws Exception {
        Random random = new Random(42);
        for (String seed : SEEDS) {
            byte[] whole = seed.getBytes(StandardCharsets.UTF_8);
            byte[] gz = gzip(whole);
            for (int i = 0; i < 40; i++) {
                read(java.util.Arrays.copyOf(whole, random.nextInt(whole.length + 1)));
                read(java.util.Arrays.copyOf(gz, random.nextInt(gz.length + 1)));
            }
        }
    }

    @Test
    void randomMutationsOfValidInputs() throws Exception {
        Random random = new Random(99);
        for (String seed : SEEDS) {
            for (int i = 0; i < 100; i++) {
                byte[] bytes = seed.getBytes(StandardCharsets.UTF_8);
                for (int k = 0; k < 1 + random.nextInt(8); k++) {
                    bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
                }
                read(bytes);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 1_000, 20_000})
    void deeplyNestedHtmlIsRead(int depth) {
        String html = "<!DOCTYPE html><html><body>" + "<div>".repeat(depth)
                + "<p>Kenya and Uganda held talks in Kampala on Friday.</p>" + "</div>".repeat(depth) + "</body></html>";
        assertThat(read(html.getBytes(StandardCharsets.UTF_8))).isEqualTo(1);
    }

    @Test
    void hostileHtmlIsReadAsText() {
        String html = "<!DOCTYPE html><html><body><article><p>Talks <script>alert(1)</script>went on."
                + "<img src=x onerror=alert(2)></p><p>" + "<b>".repeat(500) + "unclosed" + "</article>"
                + "<style>p{}</style><p>\u202Eevil\u202C text &amp; &#0; &#x110000;</p></body></html>";
        Iterator<InputRecord> it = ArticleInputs.open("-", new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)),
                ReadLimits.DEFAULT);
        InputRecord r = it.next();
        assertThat(r).isInstanceOf(InputRecord.Read.class);
        String text = ((InputRecord.Read) r).article().text();
        assertThat(text).contains("Talks").doesNotContain("alert(1)").doesNotContain("onerror");
    }

    @Test
    void emptyAndBlankInputs() {
        assertThat(read(new byte[0])).isEqualTo(1); // set aside as empty
        assertThat(read("   \n\n  ".getBytes(StandardCharsets.UTF_8))).isEqualTo(1);
    }

    @Test
    void aFolderOfMixedGoodAndBadFilesIsReadToTheEnd(@TempDir Path dir) throws Exception {
        Random random = new Random(5);
        for (int i = 0; i < 12; i++) {
            byte[] bytes = SEEDS[i % SEEDS.length].getBytes(StandardCharsets.UTF_8);
            if (i % 2 == 1) {
                bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
            }
            Files.write(dir.resolve("f" + i + (i % 4 == 0 ? ".gz" : ".dat")), i % 4 == 0 ? gzip(bytes) : bytes);
        }
        assertThat(drain(ArticleInputs.open(dir.toString(), System.in, ReadLimits.DEFAULT))).isGreaterThanOrEqualTo(12);
    }
}
