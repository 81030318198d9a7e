package dev.parley.store.export;

/**
 * GDELT's four-way grouping of CAMEO roots: 1 verbal cooperation (01-05), 2 material cooperation (06-08),
 * 3 verbal conflict (09-13), 4 material conflict (14-20).
 */
final class QuadClass {

    private QuadClass() {
    }

    /** The quad class of a CAMEO code ("040", "0312"); the message names a code that is not one. */
    static int of(String cameo) {
        int root;
        try {
            root = Integer.parseInt(cameo.substring(0, 2));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("'" + cameo + "' is not a CAMEO code", e);
        }
        if (root >= 1 && root <= 5) {
            return 1;
        }
        if (root >= 6 && root <= 8) {
            return 2;
        }
        if (root >= 9 && root <= 13) {
            return 3;
        }
        if (root >= 14 && root <= 20) {
            return 4;
        }
        throw new IllegalArgumentException("'" + cameo + "' has no CAMEO root between 01 and 20");
    }
}
