package dev.parley.io;

/**
 * Bounds that keep memory in check whatever the input: a record (a JSON line, a text or HTML file, a
 * WARC payload) larger than {@code maxRecordBytes} is set aside with its reason.
 */
public record ReadLimits(long maxRecordBytes) {

    /** 16 MB a record: far above any real article, far below what could exhaust the heap. */
    public static final ReadLimits DEFAULT = new ReadLimits(16L * 1024 * 1024);

    public ReadLimits {
        if (maxRecordBytes < 1024) {
            throw new IllegalArgumentException("maxRecordBytes " + maxRecordBytes + " is below the minimum of 1024");
        }
    }
}
