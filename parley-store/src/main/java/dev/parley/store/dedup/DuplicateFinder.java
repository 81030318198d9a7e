package dev.parley.store.dedup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Groups near-duplicate articles: pairs whose estimated Jaccard similarity reaches {@value #THRESHOLD} are
 * linked, and linked articles form a group (single linkage). Candidate pairs come from locality-sensitive
 * hashing: signatures are cut into {@value #BANDS} bands of {@value #ROWS} rows and only articles sharing a
 * whole band are compared, so the work grows with the number of articles, not its square. Each bucket
 * compares an article only with the first unlinked members it holds, which keeps thousands of identical
 * copies cheap. Deterministic: the same fingerprints in the same order give the same groups. Stateless.
 */
public final class DuplicateFinder {

    /** The similarity from which two articles are near-duplicates. */
    public static final double THRESHOLD = 0.8;
    private static final int BANDS = 32;
    private static final int ROWS = MinHash.SIZE / BANDS;
    /** Distinct members a bucket compares against; beyond them, other bands still find the pair. */
    private static final int BUCKET_REPRESENTATIVES = 16;

    private DuplicateFinder() {
    }

    /**
     * The near-duplicates among {@code articles}, which must come in canonical order (earliest first): each
     * group's first article is its canonical one and every other member is returned, linked to it.
     */
    public static List<Duplicate> find(List<Fingerprint> articles) {
        int n = articles.size();
        int[] parent = new int[n];
        Arrays.setAll(parent, i -> i);
        int indexBits = Math.max(1, 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1)));
        long indexMask = (1L << indexBits) - 1;
        long[] packed = new long[n];
        for (int band = 0; band < BANDS; band++) {
            for (int i = 0; i < n; i++) {
                packed[i] = (bandKey(articles.get(i).signature(), band) << indexBits) | i;
            }
            Arrays.sort(packed);
            int start = 0;
            for (int i = 1; i <= n; i++) {
                if (i == n || (packed[i] >>> indexBits) != (packed[start] >>> indexBits)) {
                    if (i - start > 1) {
                        linkBucket(articles, packed, start, i, indexMask, parent);
                    }
                    start = i;
                }
            }
        }
        List<Duplicate> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (root != i) {
                Fingerprint a = articles.get(i);
                Fingerprint canonical = articles.get(root);
                out.add(new Duplicate(a.articleId(), canonical.articleId(),
                        MinHash.similarity(a.signature(), canonical.signature())));
            }
        }
        return out;
    }

    private static void linkBucket(List<Fingerprint> articles, long[] packed, int from, int to, long indexMask,
                                   int[] parent) {
        List<Integer> representatives = new ArrayList<>();
        for (int k = from; k < to; k++) {
            int member = (int) (packed[k] & indexMask);
            boolean placed = false;
            for (int r : representatives) {
                if (find(parent, r) == find(parent, member)) {
                    placed = true;
                    break;
                }
                if (MinHash.similarity(articles.get(r).signature(), articles.get(member).signature()) >= THRESHOLD) {
                    union(parent, r, member);
                    placed = true;
                    break;
                }
            }
            if (!placed && representatives.size() < BUCKET_REPRESENTATIVES) {
                representatives.add(member);
            }
        }
    }

    private static long bandKey(int[] signature, int band) {
        long h = 0x9e3779b97f4a7c15L * (band + 1);
        for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
            h = (h ^ signature[r]) * 0xff51afd7ed558ccdL;
            h ^= h >>> 33;
        }
        return h;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Joins two groups under the smaller index, so a group's root is its canonical (first) article. */
    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }
}
