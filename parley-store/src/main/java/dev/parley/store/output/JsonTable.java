package dev.parley.store.output;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows as JSON Lines: one object per row, keyed by the header, numbers as numbers, lists as arrays. */
final class JsonTable implements RowOutput {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> header;
    private final Writer out;

    JsonTable(List<String> header, Writer out) {
        this.header = List.copyOf(header);
        this.out = out;
    }

    @Override
    public void rows(List<List<Object>> rows) throws IOException {
        for (List<Object> row : rows) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                object.put(header.get(i), row.get(i));
            }
            out.write(JSON.writeValueAsString(object));
            out.write('\n');
        }
    }

    @Override
    public void finish() throws IOException {
        out.flush();
    }
}
