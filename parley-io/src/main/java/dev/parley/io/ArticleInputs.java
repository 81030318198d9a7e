package dev.parley.io;

import dev.parley.api.Article;
import dev.parley.api.SetAside;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Opens whatever users give: JSON Lines records, plain text files (id = path), HTML files, WARC and
 * WARC.gz files (HTTP responses holding HTML), gzip-compressed files of any of these, folders (recursively,
 * in name order) and standard input ("-"). The format is recognised from the content. Records are read
 * lazily, one at a time; a bad record or a bad file becomes a {@link InputRecord.Rejected} naming the
 * input, the record and the reason, and reading goes on. Not thread-safe: one iterator per caller.
 */
public final class ArticleInputs {

    private ArticleInputs() {
    }

    /** The records of one input: a path, a folder, or "-" for standard input. */
    public static Iterator<InputRecord> open(String name, InputStream stdin, ReadLimits limits) {
        if (name.equals("-")) {
            return fromStream(stdin, "-", limits);
        }
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            return folder(path, limits);
        }
        if (!Files.exists(path)) {
            return single(reject(name, "file", "no such file or folder; check the path"));
        }
        return file(path, limits);
    }

    /**
     * The records of one input already opened as a stream, such as a file of a distributed file system: its
     * format is recognised from the content as for a path, and {@code name} names it in set-aside records.
     * Reads lazily; the caller closes {@code in} once done with the records.
     */
    public static Iterator<InputRecord> read(InputStream in, String name, ReadLimits limits) {
        return fromStream(in, name, limits);
    }

    private static Iterator<InputRecord> folder(Path dir, ReadLimits limits) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return single(reject(dir.toString(), "folder", "cannot list the folder: " + e.getMessage()));
        }
        Iterator<Path> it = files.iterator();
        return new FlatIterator(() -> it.hasNext() ? Optional.of(file(it.next(), limits)) : Optional.empty());
    }

    private static Iterator<InputRecord> file(Path path, ReadLimits limits) {
        try {
            InputStream in = Files.newInputStream(path);
            return fromStream(in, path.toString(), limits);
        } catch (NoSuchFileException e) {
            return single(reject(path.toString(), "file", "no such file; check the path"));
        } catch (IOException e) {
            return single(reject(path.toString(), "file", "cannot open: " + e.getMessage()));
        }
    }

    private static Iterator<InputRecord> fromStream(InputStream raw, String name, ReadLimits limits) {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        try {
            InputFormat format = sniff(in);
            if (format == InputFormat.GZIP) {
                BufferedInputStream inner = new BufferedInputStream(new GZIPInputStream(in, 1 << 16), 1 << 16);
                InputFormat innerFormat = sniff(inner);
                if (innerFormat == InputFormat.WARC) {
                    return warc(inner, name, limits);
                }
                return byFormat(innerFormat, inner, name, limits);
            }
            return byFormat(format, in, name, limits);
        } catch (IOException e) {
            close(in);
            return single(reject(name, "file", "unreadable or truncated (" + e.getMessage() + ")"));
        }
    }

    private static Iterator<InputRecord> byFormat(InputFormat format, BufferedInputStream in, String name,
                                                  ReadLimits limits) throws IOException {
        switch (format) {
            case JSON_LINES:
                return new JsonLinesArticleReader(in, name, limits);
            case WARC:
                return warc(in, name, limits);
            case HTML:
            case TEXT: {
                Optional<String> text = readWhole(in, name, limits);
                close(in);
                if (text.isEmpty()) {
                    return single(reject(name, "file", "larger than " + limits.maxRecordBytes()
                            + " bytes, or not valid UTF-8; split it or re-encode it as UTF-8"));
                }
                if (text.get().isBlank()) {
                    return single(reject(name, "file", "empty"));
                }
                Article a = format == InputFormat.HTML
                        ? HtmlArticleExtractor.extract(name, text.get(), Optional.empty(), Optional.empty())
                        : Article.of(name, text.get());
                return single(new InputRecord.Read(a));
            }
            default:
                close(in);
                return single(reject(name, "file", "binary content: not JSON Lines, text, HTML, WARC or gzip"));
        }
    }

    private static InputFormat sniff(BufferedInputStream in) throws IOException {
        in.mark(InputFormat.HEAD);
        byte[] head = in.readNBytes(InputFormat.HEAD);
        in.reset();
        return InputFormat.sniff(head, head.length);
    }

    /** The whole stream as UTF-8 text, or empty when it is too large or not UTF-8. */
    private static Optional<String> readWhole(InputStream in, String name, ReadLimits limits) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxRecordBytes() + 1));
        if (bytes.length > limits.maxRecordBytes()) {
            return Optional.empty();
        }
        return decode(bytes, StandardCharsets.UTF_8);
    }

    static Optional<String> decode(byte[] bytes, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static Iterator<InputRecord> warc(InputStream in, String name, ReadLimits limits) throws IOException {
        WarcReader reader = new WarcReader(in);
        return new Iterator<>() {
            private InputRecord next;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (next == null && !done) {
                    next = advance();
                }
                return next != null;
            }

            @Override
            public InputRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                InputRecord r = next;
                next = null;
                return r;
            }

            private InputRecord advance() {
                long position = reader.position();
                try {
                    Optional<WarcRecord> record = reader.next();
                    if (record.isEmpty()) {
                        finish();
                        return null;
                    }
                    return record.get() instanceof WarcResponse response ? article(response, name, limits) : null;
                } catch (IOException | RuntimeException e) {
                    finish();
                    return reject(name, "record at byte " + position,
                            "truncated or malformed WARC (" + e.getMessage() + "); the records before it were read");
                }
            }

            private void finish() {
                done = true;
                try {
                    reader.close();
                } catch (IOException e) {
                    // nothing more is read from it
                }
            }
        };
    }

    private static InputRecord article(WarcResponse response, String name, ReadLimits limits) throws IOException {
        String id = response.id().toString();
        MediaType type = response.payloadType();
        if (!type.base().equals(MediaType.HTML) && !type.subtype().contains("xhtml")) {
            return null; // images, scripts and the like: nothing to read
        }
        InputStream body = response.http().body().stream();
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxRecordBytes() + 1));
        if (bytes.length > limits.maxRecordBytes()) {
            return reject(name, id, "payload larger than " + limits.maxRecordBytes() + " bytes");
        }
        Charset charset = type.parameters().containsKey("charset")
                ? charset(type.parameters().get("charset")) : StandardCharsets.UTF_8;
        String html = decode(bytes, charset).orElseGet(() -> new String(bytes, StandardCharsets.ISO_8859_1));
        LocalDate captured = LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
        return new InputRecord.Read(HtmlArticleExtractor.extract(id, html, Optional.of(response.target()),
                Optional.of(captured)));
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return StandardCharsets.UTF_8;
        }
    }

    private static InputRecord reject(String input, String record, String reason) {
        return new InputRecord.Rejected(new SetAside(input, record, reason));
    }

    private static Iterator<InputRecord> single(InputRecord r) {
        return Collections.singletonList(r).iterator();
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the stream is done with either way
        }
    }

    /** Chains the records of many files, opening each only when the previous one is exhausted. */
    private static final class FlatIterator implements Iterator<InputRecord> {
        private final java.util.function.Supplier<Optional<Iterator<InputRecord>>> nextSource;
        private Iterator<InputRecord> current = Collections.emptyIterator();

        FlatIterator(java.util.function.Supplier<Optional<Iterator<InputRecord>>> nextSource) {
            this.nextSource = nextSource;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext()) {
                Optional<Iterator<InputRecord>> next = nextSource.get();
                if (next.isEmpty()) {
                    return false;
                }
                current = next.get();
            }
            return true;
        }

        @Override
        public InputRecord next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
