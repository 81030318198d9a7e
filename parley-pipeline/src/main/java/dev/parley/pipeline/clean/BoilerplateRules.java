package dev.parley.pipeline.clean;

import dev.parley.pipeline.lexicon.LexiconException;
import dev.parley.pipeline.lexicon.LexiconSource;
import dev.parley.pipeline.lexicon.TsvRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The boilerplate line patterns of lexicon/boilerplate.tsv. Immutable and thread-safe.
 */
public final class BoilerplateRules {

    /** What a matching line is, and whether the article ends there. */
    public record Verdict(String reason, boolean endsArticle) {
    }

    private record Rule(LinePattern pattern, Verdict verdict) {
    }

    private final List<Rule> rules;
    private final LiteralScan literals;

    public BoilerplateRules(LexiconSource source) {
        List<Rule> r = new ArrayList<>();
        for (TsvRow row : source.rows("boilerplate.tsv")) {
            try {
                LinePattern p = LinePattern.compile(row.get("pattern"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                r.add(new Rule(p, new Verdict(row.get("reason"), row.get("scope").equals("tail"))));
            } catch (PatternSyntaxException e) {
                throw new LexiconException(row.origin() + ": not a valid regular expression: " + e.getDescription());
            }
        }
        this.rules = List.copyOf(r);
        this.literals = new LiteralScan(rules.stream().map(rule -> rule.pattern.literals()).toList());
    }

    /**
     * The verdict of the first rule the whole line matches.
     *
     * @param folded {@code line} through {@link RequiredLiterals#fold}
     */
    public Optional<Verdict> judge(String line, String folded) {
        if (line.length() > 300) {
            return Optional.empty();
        }
        boolean[] may = literals.candidates(folded);
        for (int i = 0; i < rules.size(); i++) {
            if (may[i] && rules.get(i).pattern.matchesWhole(line)) {
                return Optional.of(rules.get(i).verdict);
            }
        }
        return Optional.empty();
    }
}
