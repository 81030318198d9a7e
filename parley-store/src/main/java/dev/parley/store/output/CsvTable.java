package dev.parley.store.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Rows as CSV (RFC 4180): a header line, cells quoted when they hold a comma, a quote or a line break. */
final class CsvTable implements RowOutput {

    private final List<String> header;
    private final Writer out;
    private boolean started;

    CsvTable(List<String> header, Writer out) {
        this.header = List.copyOf(header);
        this.out = out;
    }

    @Override
    public void rows(List<List<Object>> rows) throws IOException {
        if (!started) {
            line(List.copyOf(header));
            started = true;
        }
        for (List<Object> row : rows) {
            line(row);
        }
    }

    private void line(List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(RowOutput.text(cells.get(i))));
        }
        out.write("\r\n");
    }

    static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    @Override
    public void finish() throws IOException {
        if (!started) {
            rows(List.of());
        }
        out.flush();
    }
}
