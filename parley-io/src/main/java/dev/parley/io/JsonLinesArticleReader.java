package dev.parley.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.api.Article;
import dev.parley.api.SetAside;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reads article records from JSON Lines (shared/corpus/FORMAT.md), one line at a time, so memory stays
 * bounded whatever the input size. Knows the usual crawler aliases (news-please's {@code maintext},
 * {@code date_publish}). A line that is not UTF-8, not JSON, or lacks an id or a text becomes a
 * {@link InputRecord.Rejected} naming the input, the line and the reason; reading goes on.
 * Not thread-safe: one reader per input.
 */
public final class JsonLinesArticleReader implements Iterator<InputRecord>, AutoCloseable {

    private static final List<String> TEXT = List.of("text", "maintext", "body", "content", "article");
    private static final List<String> PUBLISHED = List.of("published", "date_publish", "publish_date", "date",
            "pubdate", "published_at");
    private static final List<String> LANGUAGE = List.of("language", "lang");
    private static final List<String> TITLE = List.of("title", "headline");
    private static final List<String> URL = List.of("url", "link", "source_url");

    private final ObjectMapper json = new ObjectMapper();
    private final InputStream in;
    private final String name;
    private final long maxRecordBytes;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[1 << 16];
    private int pos;
    private int filled;
    private int lineNumber;
    private InputRecord next;
    private boolean done;

    /**
     * @param in   the input, read as raw bytes
     * @param name the input's name for messages (a path, or "-" for standard input)
     */
    public JsonLinesArticleReader(InputStream in, String name) {
        this(in, name, ReadLimits.DEFAULT);
    }

    /** As {@link #JsonLinesArticleReader(InputStream, String)}, with a bound on a record's size. */
    public JsonLinesArticleReader(InputStream in, String name, ReadLimits limits) {
        this.in = in instanceof BufferedInputStream b ? b : new BufferedInputStream(in, 1 << 16);
        this.name = name;
        this.maxRecordBytes = limits.maxRecordBytes();
    }

    @Override
    public boolean hasNext() {
        while (next == null && !done) {
            next = readOne();
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

    private InputRecord readOne() {
        byte[] line;
        try {
            line = readLine();
        } catch (IOException e) {
            done = true;
            return reject("reading failed: " + e.getMessage() + "; check the file is complete and readable");
        }
        if (line == null) {
            done = true;
            close();
            return null;
        }
        if (line.length > maxRecordBytes) {
            return reject("record larger than the limit of " + maxRecordBytes + " bytes; split it or raise the limit");
        }
        String text;
        try {
            text = utf8.decode(ByteBuffer.wrap(line)).toString();
        } catch (CharacterCodingException e) {
            return reject("not valid UTF-8 (" + e.getMessage() + "); re-encode the input as UTF-8");
        }
        if (text.isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JsonProcessingException e) {
            return reject("not a JSON object: " + e.getOriginalMessage() + "; each line must hold one article record");
        }
        if (node == null || !node.isObject()) {
            return reject("not a JSON object; each line must hold one article record");
        }
        return toArticle(node);
    }

    private InputRecord toArticle(JsonNode node) {
        Optional<String> id = field(node, List.of("id", "doc_id", "uuid"));
        if (id.isEmpty()) {
            return reject("record has no \"id\"; give every record a unique id");
        }
        Optional<String> text = field(node, TEXT);
        if (text.isEmpty() || text.get().isBlank()) {
            return new InputRecord.Rejected(new SetAside(name, "line " + lineNumber + " (id " + id.get() + ")",
                    "record has no text (fields tried: " + String.join(", ", TEXT) + ")"));
        }
        return new InputRecord.Read(new Article(id.get(), text.get(), field(node, URL), field(node, TITLE),
                field(node, PUBLISHED).flatMap(JsonLinesArticleReader::date), field(node, LANGUAGE)));
    }

    private static Optional<String> field(JsonNode node, List<String> names) {
        for (String n : names) {
            JsonNode v = node.get(n);
            if (v != null && !v.isNull() && (v.isTextual() || v.isNumber())) {
                String s = v.asText();
                if (!s.isBlank()) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /** The date part of an ISO date or date-time; anything else is ignored, never misread. */
    static Optional<LocalDate> date(String s) {
        if (s.length() < 10) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(s.substring(0, 10)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private InputRecord reject(String reason) {
        return new InputRecord.Rejected(new SetAside(name, "line " + lineNumber, reason));
    }

    /** The next line's bytes; of a line over the limit, only the limit and one byte more are kept. */
    private byte[] readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
        boolean any = false;
        while (true) {
            if (pos == filled) {
                filled = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (filled <= 0) {
                    filled = 0;
                    break;
                }
            }
            any = true;
            int start = pos;
            while (pos < filled && buffer[pos] != '\n') {
                pos++;
            }
            int room = (int) Math.max(0, Math.min(pos - start, maxRecordBytes + 1 - line.size()));
            line.write(buffer, start, room);
            if (pos < filled) {
                pos++; // past the line break
                break;
            }
        }
        if (!any) {
            return null;
        }
        lineNumber++;
        byte[] bytes = line.toByteArray();
        int n = bytes.length;
        if (n > 0 && bytes[n - 1] == '\r') {
            return java.util.Arrays.copyOf(bytes, n - 1);
        }
        return bytes;
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + name, e);
        }
    }
}
