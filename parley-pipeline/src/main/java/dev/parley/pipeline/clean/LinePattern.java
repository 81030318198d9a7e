package dev.parley.pipeline.clean;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression matched against whole lines, not run on a line that lacks every literal text it
 * needs ({@link RequiredLiterals}): the same verdicts as {@link Matcher#matches()}, for a fraction of the
 * work on body text. Immutable and thread-safe.
 */
final class LinePattern {

    private final Pattern pattern;
    private final Optional<RequiredLiterals> literals;

    private LinePattern(Pattern pattern) {
        this.pattern = pattern;
        this.literals = RequiredLiterals.of(pattern);
    }

    /** @throws java.util.regex.PatternSyntaxException when {@code regex} is not a valid expression */
    static LinePattern compile(String regex, int flags) {
        return new LinePattern(Pattern.compile(regex, flags));
    }

    /** The literals a line needs to match, if this class can tell. */
    Optional<RequiredLiterals> literals() {
        return literals;
    }

    /** True when the whole of {@code line} matches, tried without looking for the literals first. */
    boolean matchesWhole(String line) {
        return pattern.matcher(line).matches();
    }

    /**
     * True when the whole of {@code line} matches.
     *
     * @param foldedLine {@code line} through {@link RequiredLiterals#fold}
     */
    boolean matches(String line, String foldedLine) {
        return (literals.isEmpty() || literals.get().mayMatch(line, foldedLine)) && matchesWhole(line);
    }
}
