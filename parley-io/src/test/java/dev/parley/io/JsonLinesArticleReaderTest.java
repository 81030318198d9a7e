package dev.parley.io;

import dev.parley.api.SetAside;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JsonLinesArticleReaderTest {

    private static List<InputRecord> read(byte[] bytes) {
        List<InputRecord> out = new ArrayList<>();
        try (JsonLinesArticleReader r = new JsonLinesArticleReader(new ByteArrayInputStream(bytes), "in.jsonl")) {
            r.forEachRemaining(out::add);
        }
        return out;
    }

    private static List<InputRecord> read(String text) {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsRecordsWithTheirMetadata() {
        List<InputRecord> records = read("""
                {"id": "a1", "text": "Ministers met.", "url": "http://x.test/1", "title": "T", "published": "2021-06-24T10:00:00Z", "language": "en"}
                """);
        assertThat(records).singleElement().isInstanceOf(InputRecord.Read.class);
        var a = ((InputRecord.Read) records.get(0)).article();
        assertThat(a.id()).isEqualTo("a1");
        assertThat(a.published()).contains(LocalDate.of(2021, 6, 24));
        assertThat(a.language()).contains("en");
        assertThat(a.url()).contains("http://x.test/1");
    }

    @Test
    void knowsNewsPleaseAliases() {
        var a = ((InputRecord.Read) read("{\"id\": 7, \"maintext\": \"Body.\", \"date_publish\": \"2020-02-18 09:00:00\"}\n")
                .get(0)).article();
        assertThat(a.id()).isEqualTo("7");
        assertThat(a.text()).isEqualTo("Body.");
        assertThat(a.published()).contains(LocalDate.of(2020, 2, 18));
    }

    @Test
    void aGarbledDateIsIgnoredNotMisread() {
        var a = ((InputRecord.Read) read("{\"id\": \"x\", \"text\": \"t\", \"published\": \"DNUM_BCZAEZCABG\"}\n").get(0)).article();
        assertThat(a.published()).isEmpty();
    }

    @Test
    void badLinesAreSetAsideWithFileLineAndReasonAndReadingGoesOn() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("{\"id\": \"ok1\", \"text\": \"First.\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("{not json\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("{\"id\": \"empty\", \"text\": \"  \"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.write(new byte[] {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}', '\n'});
        bytes.write("{\"text\": \"no id\"}\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("{\"id\": \"ok2\", \"text\": \"Second.\"}\n".getBytes(StandardCharsets.UTF_8));
        List<InputRecord> records = read(bytes.toByteArray());

        assertThat(records).hasSize(6);
        assertThat(records.get(0)).isInstanceOf(InputRecord.Read.class);
        assertThat(records.get(5)).isInstanceOf(InputRecord.Read.class);
        SetAside json = ((InputRecord.Rejected) records.get(1)).reason();
        assertThat(json.input()).isEqualTo("in.jsonl");
        assertThat(json.record()).isEqualTo("line 2");
        assertThat(json.reason()).contains("not a JSON object");
        SetAside noText = ((InputRecord.Rejected) records.get(2)).reason();
        assertThat(noText.record()).contains("line 3").contains("empty");
        assertThat(noText.reason()).contains("no text");
        SetAside utf8 = ((InputRecord.Rejected) records.get(3)).reason();
        assertThat(utf8.record()).isEqualTo("line 4");
        assertThat(utf8.reason()).contains("UTF-8");
        assertThat(((InputRecord.Rejected) records.get(4)).reason().reason()).contains("no \"id\"");
    }

    @Test
    void blankLinesAndWindowsLineEndsAreFine() {
        List<InputRecord> records = read("\n{\"id\": \"a\", \"text\": \"x\"}\r\n\n");
        assertThat(records).singleElement().isInstanceOf(InputRecord.Read.class);
    }
}
