package dev.parley.pipeline.clean;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The literal texts a regular expression cannot match without: a line that contains none of them cannot
 * match, so the expression need not run on it. Most lines of an article are body text that no boilerplate
 * rule matches, and a rule such as {@code .{0,100}(copyright|©|...).{0,100}} otherwise tries its words at
 * every position of every line.
 *
 * <p>Worked out from the expression's source for the constructs it knows (literal characters, escaped
 * punctuation, groups, alternation, quantifiers, classes of single characters); anything else (inline
 * flags, back references, {@code \Q}, ...) gives no literals, and the expression always runs. Patterns
 * must be case-sensitive or {@code CASE_INSENSITIVE | UNICODE_CASE}; the latter compare case-folded text,
 * as {@link Pattern} folds it. Immutable and thread-safe.
 */
final class RequiredLiterals {

    private static final int UNICODE_CASE_INSENSITIVE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final List<String> literals;
    private final boolean folded;

    private RequiredLiterals(List<String> literals, boolean folded) {
        this.literals = literals;
        this.folded = folded;
    }

    /** The literals of {@code pattern}, or empty when it has none this class can tell. */
    static Optional<RequiredLiterals> of(Pattern pattern) {
        int flags = pattern.flags();
        if (flags != 0 && flags != UNICODE_CASE_INSENSITIVE) {
            return Optional.empty();
        }
        boolean fold = flags == UNICODE_CASE_INSENSITIVE;
        try {
            Set<String> found = new Parser(pattern.pattern(), fold).wholeExpression();
            return found == null || found.contains("") ? Optional.empty()
                    : Optional.of(new RequiredLiterals(List.copyOf(found), fold));
        } catch (Unsupported e) {
            return Optional.empty();
        }
    }

    /** Texts one of which every match contains. */
    List<String> literals() {
        return literals;
    }

    /** True when the literals are to be found in the line through {@link #fold}, not as written. */
    boolean folded() {
        return folded;
    }

    /**
     * False when {@code line} contains none of the literals, so the pattern cannot match it.
     *
     * @param foldedLine {@code line} through {@link #fold}, shared by the case-insensitive patterns
     */
    boolean mayMatch(String line, String foldedLine) {
        String text = folded ? foldedLine : line;
        for (String literal : literals) {
            if (text.contains(literal)) {
                return true;
            }
        }
        return false;
    }

    /** Text as a {@code CASE_INSENSITIVE | UNICODE_CASE} pattern compares it: each code point upper-, then lower-cased. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c < 0x80) { // most text: ASCII folds to its lower case
                b.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
                i++;
            } else {
                int cp = s.codePointAt(i);
                b.appendCodePoint(fold(cp));
                i += Character.charCount(cp);
            }
        }
        return b.toString();
    }

    private static int fold(int cp) {
        return Character.toLowerCase(Character.toUpperCase(cp));
    }

    /** A construct outside what the parser knows: the pattern gets no literals. */
    private static final class Unsupported extends Exception {
        Unsupported() {
            super(null, null, false, false);
        }
    }

    /**
     * Recursive descent over the pattern source. Each part yields the set of literals one of which every match
     * of it contains, or null when it guarantees none (it may match without any fixed text).
     */
    private static final class Parser {
        private final String src;
        private final boolean fold;
        private int pos;

        Parser(String src, boolean fold) {
            this.src = src;
            this.fold = fold;
        }

        Set<String> wholeExpression() throws Unsupported {
            Set<String> s = alternation();
            if (pos != src.length()) {
                throw new Unsupported(); // an unbalanced ')'
            }
            return s;
        }

        /** Branches separated by '|': every branch must give literals. */
        private Set<String> alternation() throws Unsupported {
            Set<String> union = new LinkedHashSet<>();
            boolean all = true;
            while (true) {
                Set<String> branch = sequence();
                if (branch == null) {
                    all = false;
                } else {
                    union.addAll(branch);
                }
                if (pos < src.length() && src.charAt(pos) == '|') {
                    pos++;
                } else {
                    return all ? union : null;
                }
            }
        }

        /**
         * Atoms one after the other: runs of single characters join into one literal (a zero-width atom such
         * as {@code \b} between them consumes nothing, so the run goes on); the sequence needs the literals of
         * its most telling part, the one whose shortest literal is longest.
         */
        private Set<String> sequence() throws Unsupported {
            List<Set<String>> parts = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            while (pos < src.length() && src.charAt(pos) != '|' && src.charAt(pos) != ')') {
                Atom atom = atom();
                Repeat repeat = quantifier();
                if (atom.zeroWidth()) {
                    continue;
                }
                if (atom.character() >= 0 && repeat == Repeat.ONCE) {
                    run.appendCodePoint(atom.character());
                    continue;
                }
                endRun(run, parts);
                if (repeat != Repeat.OPTIONAL && atom.literals() != null) {
                    parts.add(atom.literals());
                }
            }
            endRun(run, parts);
            Set<String> best = null;
            for (Set<String> p : parts) {
                if (best == null || shortest(p) > shortest(best)) {
                    best = p;
                }
            }
            return best;
        }

        private static void endRun(StringBuilder run, List<Set<String>> parts) {
            if (run.length() > 0) {
                parts.add(Set.of(run.toString()));
                run.setLength(0);
            }
        }

        private static int shortest(Set<String> literals) {
            return literals.stream().mapToInt(String::length).min().orElse(0);
        }

        /**
         * One atom: a single character ({@code character >= 0}, its literal too), a group or class with the
         * literals it needs (null: none), or a zero-width assertion.
         */
        private record Atom(int character, Set<String> literals, boolean zeroWidth) {
            static final Atom ANY = new Atom(-1, null, false);
            static final Atom ZERO_WIDTH = new Atom(-1, null, true);

            static Atom of(int character) {
                return new Atom(character, Set.of(Character.toString(character)), false);
            }

            static Atom of(Set<String> literals) {
                return new Atom(-1, literals, false);
            }
        }

        /** How often the atom before a quantifier must occur. */
        private enum Repeat { ONCE, OPTIONAL, AT_LEAST_ONCE }

        private Atom atom() throws Unsupported {
            int cp = src.codePointAt(pos);
            pos += Character.charCount(cp);
            switch (cp) {
                case '(':
                    return group();
                case '[':
                    return characterClass();
                case '\\':
                    return escape(false);
                case '.':
                    return Atom.ANY;
                case '^':
                case '$':
                    return Atom.ZERO_WIDTH;
                case '*':
                case '+':
                case '?':
                case '{':
                    throw new Unsupported(); // a quantifier with nothing before it
                default:
                    return literal(cp);
            }
        }

        private Atom literal(int cp) throws Unsupported {
            if (!fold) {
                return Atom.of(cp);
            }
            int f = fold(cp);
            if (fold(f) != f) {
                throw new Unsupported(); // folding the text would not meet this character where Pattern does
            }
            return Atom.of(f);
        }

        private Atom group() throws Unsupported {
            if (src.startsWith("?:", pos)) {
                pos += 2;
            } else if (src.startsWith("?=", pos) || src.startsWith("?!", pos) || src.startsWith("?<=", pos)
                    || src.startsWith("?<!", pos)) {
                pos += src.charAt(pos + 1) == '<' ? 3 : 2;
                alternation();
                close();
                return Atom.ZERO_WIDTH; // a look-around matches no text of its own
            } else if (src.startsWith("?", pos)) {
                throw new Unsupported(); // inline flags, named groups, atomic groups
            }
            Set<String> inner = alternation();
            close();
            return Atom.of(inner);
        }

        private void close() throws Unsupported {
            if (pos >= src.length() || src.charAt(pos) != ')') {
                throw new Unsupported();
            }
            pos++;
        }

        /** {@code [abc]}: each character is a literal; negated classes, ranges and named classes give none. */
        private Atom characterClass() throws Unsupported {
            boolean negated = pos < src.length() && src.charAt(pos) == '^';
            if (negated) {
                pos++;
            }
            Set<String> chars = new LinkedHashSet<>();
            boolean plain = !negated;
            while (true) {
                if (pos >= src.length()) {
                    throw new Unsupported();
                }
                int cp = src.codePointAt(pos);
                pos += Character.charCount(cp);
                if (cp == ']') {
                    if (chars.isEmpty() && plain) {
                        throw new Unsupported(); // "[]...]": a bracket as the first member
                    }
                    break;
                }
                if (cp == '[' || cp == '&') {
                    throw new Unsupported(); // nested classes and intersections
                }
                Atom a = cp == '\\' ? escape(true) : literal(cp);
                if (pos < src.length() && src.charAt(pos) == '-' && pos + 1 < src.length() && src.charAt(pos + 1) != ']') {
                    pos++; // a range: skip its end, it gives no single literal
                    int end = src.codePointAt(pos);
                    pos += Character.charCount(end);
                    if (end == '\\') {
                        escape(true);
                    }
                    plain = false;
                } else if (a.character >= 0) {
                    chars.add(Character.toString(a.character));
                } else {
                    plain = false;
                }
            }
            return plain && !chars.isEmpty() ? Atom.of(chars) : Atom.ANY;
        }

        private Atom escape(boolean inClass) throws Unsupported {
            if (pos >= src.length()) {
                throw new Unsupported();
            }
            int cp = src.codePointAt(pos);
            pos += Character.charCount(cp);
            switch (cp) {
                case 'b':
                case 'B':
                case 'A':
                case 'z':
                case 'Z':
                case 'G':
                    if (inClass) {
                        throw new Unsupported();
                    }
                    return Atom.ZERO_WIDTH;
                case 'd':
                case 'D':
                case 's':
                case 'S':
                case 'w':
                case 'W':
                case 'h':
                case 'H':
                case 'v':
                case 'V':
                    return Atom.ANY;
                case 'p':
                case 'P':
                    int close = src.indexOf('}', pos);
                    if (pos >= src.length() || src.charAt(pos) != '{' || close < 0) {
                        throw new Unsupported();
                    }
                    pos = close + 1;
                    return Atom.ANY;
                default:
                    if (Character.isLetterOrDigit(cp)) {
                        throw new Unsupported(); // \Q, \x41, \u00e9, \t, back references, ...
                    }
                    return literal(cp);
            }
        }

        /** Reads the quantifier after an atom, if any. */
        private Repeat quantifier() throws Unsupported {
            if (pos >= src.length()) {
                return Repeat.ONCE;
            }
            char c = src.charAt(pos);
            Repeat repeat;
            if (c == '?' || c == '*') {
                pos++;
                repeat = Repeat.OPTIONAL;
            } else if (c == '+') {
                pos++;
                repeat = Repeat.AT_LEAST_ONCE;
            } else if (c == '{') {
                int close = src.indexOf('}', pos);
                String bounds = close < 0 ? "" : src.substring(pos + 1, close);
                if (!bounds.matches("\\d{1,9}(,\\d{0,9})?")) {
                    throw new Unsupported();
                }
                pos = close + 1;
                repeat = Integer.parseInt(bounds.split(",", -1)[0]) == 0 ? Repeat.OPTIONAL : Repeat.AT_LEAST_ONCE;
            } else {
                return Repeat.ONCE;
            }
            if (pos < src.length() && (src.charAt(pos) == '?' || src.charAt(pos) == '+')) {
                pos++; // lazy or possessive: the same text is needed
            }
            return repeat;
        }
    }
}
