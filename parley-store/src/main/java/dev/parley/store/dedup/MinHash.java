package dev.parley.store.dedup;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * MinHash signatures of a text's word 5-shingles: {@value #SIZE} minimums of independent hashes, whose
 * share of equal positions between two texts estimates the Jaccard similarity of their shingle sets.
 * Words are runs of letters and digits, lower-cased. A text of fewer than five words is one shingle.
 * The hash functions are fixed, so a signature stored today compares with one computed next year.
 * Thread-safe.
 */
public final class MinHash {

    /** Hash functions in a signature. */
    public static final int SIZE = 128;
    private static final int SHINGLE_WORDS = 5;
    private static final long[] SEEDS = seeds();

    private MinHash() {
    }

    /** The signature of {@code text}; empty when it has no words. */
    public static Optional<int[]> of(String text) {
        List<String> words = words(text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        int[] signature = new int[SIZE];
        Arrays.fill(signature, Integer.MAX_VALUE);
        int k = Math.min(SHINGLE_WORDS, words.size());
        for (int i = 0; i + k <= words.size(); i++) {
            long shingle = hash(words, i, k);
            for (int j = 0; j < SIZE; j++) {
                int v = (int) mix(shingle ^ SEEDS[j]);
                if (v < signature[j]) {
                    signature[j] = v;
                }
            }
        }
        return Optional.of(signature);
    }

    /** The estimated Jaccard similarity of the texts behind two signatures, 0 to 1. */
    public static double similarity(int[] a, int[] b) {
        int same = 0;
        for (int i = 0; i < SIZE; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same / (double) SIZE;
    }

    /** The signature as bytes, for storage. */
    public static byte[] toBytes(int[] signature) {
        ByteBuffer b = ByteBuffer.allocate(SIZE * Integer.BYTES);
        b.asIntBuffer().put(signature);
        return b.array();
    }

    /** A signature read back from {@link #toBytes}. */
    public static int[] fromBytes(byte[] bytes) {
        if (bytes.length != SIZE * Integer.BYTES) {
            throw new IllegalArgumentException("a MinHash signature has " + SIZE * Integer.BYTES + " bytes, not "
                    + bytes.length);
        }
        int[] signature = new int[SIZE];
        ByteBuffer.wrap(bytes).asIntBuffer().get(signature);
        return signature;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean word = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
        return words;
    }

    /** FNV-1a over the shingle's words, separated. */
    private static long hash(List<String> words, int from, int k) {
        long h = 0xcbf29ce484222325L;
        for (int w = from; w < from + k; w++) {
            String word = words.get(w);
            for (int c = 0; c < word.length(); c++) {
                h = (h ^ word.charAt(c)) * 0x100000001b3L;
            }
            h = (h ^ ' ') * 0x100000001b3L;
        }
        return h;
    }

    /** The SplitMix64 finaliser: a fixed bijection that scrambles every bit. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        long[] seeds = new long[SIZE];
        long state = 0x5041524c4559L; // "PARLEY": fixed forever, or stored signatures stop comparing
        for (int i = 0; i < SIZE; i++) {
            state += 0x9e3779b97f4a7c15L;
            seeds[i] = mix(state);
        }
        return seeds;
    }
}
