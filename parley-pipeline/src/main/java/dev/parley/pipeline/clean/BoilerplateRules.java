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
    }

    /** The verdict of the first rule the whole line matches. */
    public Optional<Verdict> judge(String line) {
        if (line.length() > 300) {
            return Optional.empty();
        }
        String folded = RequiredLiterals.fold(line);
        for (Rule rule : rules) {
            if (rule.pattern.matches(line, folded)) {
                return Optional.of(rule.verdict);
            }
        }
        return Optional.empty();
    }
}
