package dev.parley.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.api.SetAside;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The rejected-records file: one JSON object per set-aside record, {input, record, reason}. */
final class RejectedLog implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Writer out;

    private RejectedLog(Writer out) {
        this.out = out;
    }

    /** A log writing to {@code path}, or one that writes nothing when {@code path} is null. */
    static RejectedLog open(Path path) throws IOException {
        return new RejectedLog(path == null ? Writer.nullWriter() : Files.newBufferedWriter(path, StandardCharsets.UTF_8));
    }

    void write(SetAside s) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put("input", s.input());
        row.put("record", s.record());
        row.put("reason", s.reason());
        try {
            out.write(JSON.writeValueAsString(row));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the rejected-records file: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
