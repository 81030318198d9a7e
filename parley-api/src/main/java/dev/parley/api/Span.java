package dev.parley.api;

/**
 * A half-open range {@code [start, end)} of character offsets into an article's text.
 * Immutable and thread-safe.
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span [" + start + ", " + end + ") is not a valid range");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /**
     * The record's usual text, {@code Span[start=0, end=5]}, written out: event ids digest it, and the generated
     * one goes through {@code String.format}, slow on the path of every event.
     */
    @Override
    public String toString() {
        return "Span[start=" + start + ", end=" + end + "]";
    }

    /** The text this span covers in {@code text}. */
    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
