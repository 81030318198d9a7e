package dev.parley.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** Standard output as a buffered UTF-8 writer whose close flushes but leaves the stream open. */
final class StdoutWriter {

    private StdoutWriter() {
    }

    static Writer open() {
        return new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)) {
            @Override
            public void close() throws java.io.IOException {
                flush();
            }
        };
    }
}
