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

    /**
     * The matcher of a whole-line match of {@code line}, or empty.
     *
     * @param foldedLine {@code line} through {@link RequiredLiterals#fold}
     */
    Optional<Matcher> match(String line, String foldedLine) {
        if (literals.isPresent() && !literals.get().mayMatch(line, foldedLine)) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(line);
        return m.matches() ? Optional.of(m) : Optional.empty();
    }

    /** The literals a line needs to match, if this class can tell. */
    Optional<RequiredLiterals> literals() {
        return literals;
    }

    /** True when the whole of {@code line} matches, tried without looking for the literals first. */
    boolean matchesWhole(String line) {
        return pattern.matcher(line).matches();
    }

    /** True when the whole of {@code line} matches; {@code foldedLine} as for {@link #match}. */
    boolean matches(String line, String foldedLine) {
        return match(line, foldedLine).isPresent();
    }
}
