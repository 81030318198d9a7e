package dev.parley.store.output;

import dev.parley.store.query.ChunkSink;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes records of one kind in an {@link OutputFormat}: a JSON line each, or rows of cells under a header
 * for CSV and the table. A subclass tells the JSON line and the cells of a record. Not thread-safe.
 *
 * @param <T> the records written
 */
public abstract class RecordOutput<T> implements ChunkSink<T> {

    private final OutputFormat format;
    private final Writer out;
    private final RowOutput rows;

    protected RecordOutput(OutputFormat format, Writer out, List<String> tableColumns, List<String> csvColumns) {
        this.format = format;
        this.out = out;
        this.rows = RowOutput.of(format, format == OutputFormat.TABLE ? tableColumns : csvColumns, out);
    }

    @Override
    public final void accept(List<T> chunk) throws IOException {
        if (format == OutputFormat.JSONL) {
            for (T record : chunk) {
                out.write(jsonLine(record));
                out.write('\n');
            }
            return;
        }
        List<List<Object>> cells = new ArrayList<>(chunk.size());
        for (T record : chunk) {
            cells.add(format == OutputFormat.TABLE ? tableRow(record) : csvRow(record));
        }
        rows.rows(cells);
    }

    /** Writes the header of an empty result, and flushes. */
    public final void finish() throws IOException {
        rows.finish();
    }

    /** The record as one line of JSON, without a line break. */
    protected abstract String jsonLine(T record) throws IOException;

    /** The cells of the table's columns. */
    protected abstract List<Object> tableRow(T record);

    /** The cells of the CSV columns. */
    protected abstract List<Object> csvRow(T record);
}
