package dev.parley.pipeline.clean;

import java.util.Optional;

/**
 * A headline repeated with the site's name after it: "Leaders meet in Hanoi | Daily News", "Leaders meet in
 * Hanoi - Daily News". Finds the part before the separator the way the expression
 * {@code (.*\S)\s+(?:\|\s+[^|]{1,40}|[-–—]\s+[^-–—|]{1,40})} does on a whole line (the longest such part), in one
 * pass from the line's end instead of backtracking through the whole line, which every line of body text paid.
 */
final class SiteSuffix {

    private static final int MAX_NAME = 40;

    private SiteSuffix() {
    }

    /** The line without its site suffix, or empty when it has none. */
    static Optional<String> headline(String line) {
        // the name after a pipe holds no pipe, after a dash neither pipe nor dash: only the last pipe, and the last
        // dash after it, can start a suffix; the later one gives the longer headline, as the greedy expression does
        int lastPipe = line.lastIndexOf('|');
        for (int k = line.length() - 1; k > lastPipe; k--) {
            if (isDash(line.charAt(k))) {
                Optional<String> headline = before(line, k);
                if (headline.isPresent()) {
                    return headline;
                }
                break;
            }
        }
        return lastPipe > 0 ? before(line, lastPipe) : Optional.empty();
    }

    /** The part before separator {@code k}, if whitespace surrounds it and a name of 1 to 40 chars follows. */
    private static Optional<String> before(String line, int k) {
        int m = k + 1;
        while (m < line.length() && isSpace(line.charAt(m))) {
            m++;
        }
        int space = m - (k + 1);
        int name = line.length() - m;
        if (space == 0 || name == 0 && space < 2 || name > MAX_NAME) {
            return Optional.empty(); // with two spaces or more at the end, the last one can be the name
        }
        int e = k;
        while (e > 0 && isSpace(line.charAt(e - 1))) {
            e--;
        }
        if (e == k || e == 0) {
            return Optional.empty();
        }
        for (int i = 0; i < e - 1; i++) {
            if (isLineTerminator(line.charAt(i))) {
                return Optional.empty(); // '.' matches no line terminator; the headline's last char is \S
            }
        }
        return Optional.of(line.substring(0, e));
    }

    private static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—';
    }

    /** {@code \s} of java.util.regex without UNICODE_CHARACTER_CLASS. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
