package dev.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * How many records the inputs hold, for a progress bar's ETA, found without parsing them: a JSON Lines
 * file has one per line, a text or HTML file is one. Unknown for standard input, gzip and WARC files.
 */
final class InputEstimate {

    private InputEstimate() {
    }

    /** The records in all inputs, or empty when any input's count is unknown. */
    static OptionalLong records(List<String> inputs) {
        long total = 0;
        for (String name : inputs) {
            if (name.equals("-")) {
                return OptionalLong.empty();
            }
            Path path = Path.of(name);
            try (Stream<Path> files = Files.isDirectory(path) ? Files.walk(path).filter(Files::isRegularFile)
                    : Stream.of(path).filter(Files::isRegularFile)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    OptionalLong n = records(file);
                    if (n.isEmpty()) {
                        return n;
                    }
                    total += n.getAsLong();
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                return OptionalLong.empty(); // the reader will name the problem
            }
        }
        return OptionalLong.of(total);
    }

    private static OptionalLong records(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(5);
            boolean gzip = head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
            boolean warc = new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("WARC/");
            if (gzip || warc) {
                return OptionalLong.empty();
            }
            if (head.length == 0 || head[0] != '{') {
                return OptionalLong.of(1);
            }
            long lines = count(head, head.length);
            byte[] buffer = new byte[1 << 16];
            int last = head[head.length - 1];
            for (int n; (n = in.read(buffer)) > 0; ) {
                lines += count(buffer, n);
                last = buffer[n - 1];
            }
            return OptionalLong.of(last == '\n' ? lines : lines + 1);
        }
    }

    private static long count(byte[] bytes, int n) {
        long lines = 0;
        for (int i = 0; i < n; i++) {
            if (bytes[i] == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
