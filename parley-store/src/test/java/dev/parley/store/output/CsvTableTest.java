package dev.parley.store.output;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvTableTest {

    @Test
    void cellsWithCommasQuotesOrBreaksAreQuoted() throws Exception {
        StringWriter out = new StringWriter();
        RowOutput csv = RowOutput.of(OutputFormat.CSV, List.of("a", "b", "c"), out);
        csv.rows(List.of(Arrays.asList("plain", "one, two", null), Arrays.asList("say \"hi\"", "line\nbreak", 3)));
        csv.finish();
        assertThat(out.toString()).isEqualTo("a,b,c\r\nplain,\"one, two\",\r\n\"say \"\"hi\"\"\",\"line\nbreak\",3\r\n");
    }

    @Test
    void anEmptyResultStillHasItsHeader() throws Exception {
        for (OutputFormat format : List.of(OutputFormat.CSV, OutputFormat.TABLE)) {
            StringWriter out = new StringWriter();
            RowOutput rows = RowOutput.of(format, List.of("name", "events"), out);
            rows.finish();
            assertThat(out.toString()).startsWith("name");
        }
        StringWriter json = new StringWriter();
        RowOutput.of(OutputFormat.JSONL, List.of("name"), json).finish();
        assertThat(json.toString()).isEmpty();
    }

    @Test
    void tablesCutLongCells() throws Exception {
        StringWriter out = new StringWriter();
        RowOutput table = RowOutput.of(OutputFormat.TABLE, List.of("evidence"), out);
        table.rows(List.of(List.of("x".repeat(200))));
        table.finish();
        assertThat(out.toString().lines().skip(2).findFirst().orElseThrow()).hasSize(60).endsWith("\u2026");
    }
}
