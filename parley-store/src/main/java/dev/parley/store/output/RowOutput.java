package dev.parley.store.output;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes rows under a header, a chunk at a time. Cells are strings, numbers, lists of strings, or null for
 * nothing. Not thread-safe.
 */
public interface RowOutput {

    /** Writes a chunk of rows; the first call writes the header too. */
    void rows(List<List<Object>> rows) throws IOException;

    /** Writes the header if no row came, and flushes. */
    void finish() throws IOException;

    /** Writes all of {@code rows} and finishes. */
    default void write(List<List<Object>> rows) throws IOException {
        rows(rows);
        finish();
    }

    /** The writer for {@code format}. */
    static RowOutput of(OutputFormat format, List<String> header, Writer out) {
        return switch (format) {
            case TABLE -> new TextTable(header, out);
            case CSV -> new CsvTable(header, out);
            case JSONL -> new JsonTable(header, out);
        };
    }

    /** A cell as text: empty for null, lists joined with "; ". */
    static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof List<?> list) {
            return String.join("; ", list.stream().map(String::valueOf).toList());
        }
        return String.valueOf(cell);
    }
}
