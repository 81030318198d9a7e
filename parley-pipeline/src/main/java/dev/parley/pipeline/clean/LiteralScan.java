package dev.parley.pipeline.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which of several patterns a line may match, by their {@link RequiredLiterals}, found in one pass over the
 * line instead of one search a literal: literals are indexed by their first two chars (or their one char), and
 * each position of the line looks up its pair. A pattern without literals, or with case-sensitive ones, is
 * always a candidate. Immutable and thread-safe.
 */
final class LiteralScan {

    private static final int BUCKETS = 1 << 12;

    /** One literal and the pattern it lets through. */
    private record Entry(String literal, int pattern) {
    }

    private final int patterns;
    private final boolean[] always;
    /** Literals of two chars or more, by a hash of their first two. */
    private final Entry[][] byPair = new Entry[BUCKETS][];
    /** Literals of one char, by a hash of it; null when there are none. */
    private final Entry[][] bySingle;

    /** @param literals each pattern's literals, in pattern order; empty for a pattern that has none */
    LiteralScan(List<Optional<RequiredLiterals>> literals) {
        patterns = literals.size();
        always = new boolean[patterns];
        List<List<Entry>> pairs = buckets();
        List<List<Entry>> singles = buckets();
        boolean anySingle = false;
        for (int i = 0; i < patterns; i++) {
            Optional<RequiredLiterals> l = literals.get(i);
            if (l.isEmpty() || !l.get().folded()) {
                always[i] = true;
                continue;
            }
            for (String literal : l.get().literals()) {
                if (literal.length() == 1) {
                    singles.get(bucket(literal.charAt(0))).add(new Entry(literal, i));
                    anySingle = true;
                } else {
                    pairs.get(bucket(literal.charAt(0), literal.charAt(1))).add(new Entry(literal, i));
                }
            }
        }
        fill(byPair, pairs);
        bySingle = anySingle ? new Entry[BUCKETS][] : null;
        if (anySingle) {
            fill(bySingle, singles);
        }
    }

    /**
     * The patterns that may match, by index: those whose literals occur in {@code folded} and those that are
     * always candidates.
     *
     * @param folded the line through {@link RequiredLiterals#fold}
     */
    boolean[] candidates(String folded) {
        boolean[] may = always.clone();
        int n = folded.length();
        for (int j = 0; j < n; j++) {
            char c = folded.charAt(j);
            if (bySingle != null) {
                mark(bySingle[bucket(c)], folded, j, may);
            }
            if (j + 1 < n) {
                mark(byPair[bucket(c, folded.charAt(j + 1))], folded, j, may);
            }
        }
        return may;
    }

    private static void mark(Entry[] entries, String folded, int at, boolean[] may) {
        if (entries == null) {
            return;
        }
        for (Entry e : entries) {
            if (!may[e.pattern] && folded.startsWith(e.literal, at)) {
                may[e.pattern] = true;
            }
        }
    }

    private static int bucket(char c) {
        return (c * 0x9E3779B1) >>> 20;
    }

    private static int bucket(char first, char second) {
        return ((first << 16 | second) * 0x9E3779B1) >>> 20;
    }

    private static List<List<Entry>> buckets() {
        List<List<Entry>> b = new ArrayList<>(BUCKETS);
        for (int i = 0; i < BUCKETS; i++) {
            b.add(new ArrayList<>());
        }
        return b;
    }

    private static void fill(Entry[][] table, List<List<Entry>> buckets) {
        for (int i = 0; i < BUCKETS; i++) {
            if (!buckets.get(i).isEmpty()) {
                table[i] = buckets.get(i).toArray(Entry[]::new);
            }
        }
    }
}
