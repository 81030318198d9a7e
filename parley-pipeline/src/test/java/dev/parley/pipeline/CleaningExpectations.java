package dev.parley.pipeline;

import dev.parley.api.CleanArticle;
import dev.parley.api.Sentence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks a cleaned text against its expectation files: STEM.keep lines must lie in headline or body
 * sentences (a dateline in front of them may be cut off), STEM.drop and STEM.caption lines must not (they
 * may also be gone from the text altogether, as HTML extraction removes them).
 */
public final class CleaningExpectations {

    private CleaningExpectations() {
    }

    public static void check(CleanArticle clean, String text, Path stem) throws IOException {
        boolean[] coded = new boolean[text.length()];
        for (Sentence s : clean.sentences()) {
            if (s.kind().isCoded()) {
                for (int i = s.span().start(); i < s.span().end(); i++) {
                    coded[i] = true;
                }
            }
        }
        int datelineEnd = clean.dateline().map(d -> d.span().end()).orElse(-1);
        for (String line : lines(stem, ".keep")) {
            int whole = wholeLine(text, line);
            int at = whole >= 0 ? whole : text.indexOf(line);
            assertThat(at).as("kept line present in the text: %s", line).isNotNegative();
            for (int i = at; i < at + line.length(); i++) {
                boolean inDateline = i < datelineEnd && clean.dateline().get().span().start() <= i;
                if (!Character.isWhitespace(text.charAt(i)) && !inDateline) {
                    assertThat(coded[i]).as("%s: kept as headline or body: '%s' (lost at '%s')", stem.getFileName(),
                            line, text.substring(i, Math.min(text.length(), i + 30))).isTrue();
                }
            }
        }
        for (String suffix : List.of(".drop", ".caption")) {
            for (String line : lines(stem, suffix)) {
                int at = wholeLine(text, line);
                if (at < 0) {
                    continue; // removed before the text was made (HTML extraction)
                }
                long codedChars = 0;
                for (int i = at; i < at + line.length(); i++) {
                    codedChars += coded[i] ? 1 : 0;
                }
                assertThat(codedChars).as("%s: not coded as headline or body: '%s'", stem.getFileName(), line).isZero();
            }
        }
    }

    /** Where {@code line} stands in {@code text} as a line of its own, or -1. */
    private static int wholeLine(String text, String line) {
        for (int at = text.indexOf(line); at >= 0; at = text.indexOf(line, at + 1)) {
            boolean starts = at == 0 || text.charAt(at - 1) == '\n';
            int end = at + line.length();
            if (starts && (end == text.length() || text.charAt(end) == '\n' || text.charAt(end) == '\r')) {
                return at;
            }
        }
        return -1;
    }

    private static List<String> lines(Path stem, String suffix) throws IOException {
        Path p = stem.resolveSibling(stem.getFileName() + suffix);
        if (!Files.exists(p)) {
            return List.of();
        }
        return Files.readAllLines(p, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }
}
