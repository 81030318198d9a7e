package dev.parley.io;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The kinds of input Parley reads, recognised from the first bytes of the content, not from the file name.
 */
public enum InputFormat {
    JSON_LINES, HTML, WARC, GZIP, TEXT, BINARY;

    /** How many leading bytes {@link #sniff} looks at. */
    public static final int HEAD = 4096;

    /** The format of content that starts with {@code head} ({@code length} bytes of it are valid). */
    public static InputFormat sniff(byte[] head, int length) {
        if (length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return GZIP;
        }
        int start = 0;
        if (length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf) {
            start = 3; // UTF-8 byte order mark
        }
        if (looksBinary(head, start, length)) {
            return BINARY;
        }
        String text = new String(head, start, length - start, StandardCharsets.UTF_8);
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("WARC/")) {
            return WARC;
        }
        if (trimmed.startsWith("{")) {
            return JSON_LINES;
        }
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.startsWith("<?xml")
                && lower.contains("<html") || lower.startsWith("<head") || lower.startsWith("<body")
                || lower.startsWith("<!--") && lower.contains("<html")) {
            return HTML;
        }
        return TEXT;
    }

    /** NUL bytes or many control characters: not text in any encoding Parley reads. */
    private static boolean looksBinary(byte[] head, int start, int length) {
        int control = 0;
        for (int i = start; i < length; i++) {
            int b = head[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 0x09 || b > 0x0d && b < 0x20 && b != 0x1b) {
                control++;
            }
        }
        return length - start > 0 && control * 10 > length - start;
    }
}
