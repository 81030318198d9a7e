package dev.parley.pipeline.coding;

import dev.parley.api.EventStatus;
import dev.parley.api.EventType;
import dev.parley.pipeline.lexicon.LexiconException;
import dev.parley.pipeline.lexicon.LexiconSource;
import dev.parley.pipeline.lexicon.PhraseMatcher;
import dev.parley.pipeline.lexicon.TsvRow;
import dev.parley.pipeline.text.Token;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One language's event triggers (predicates.tsv for diplomacy and security cooperation, predicates-conflict.tsv
 * for statements, demands, accusations, protests, coercion and violence) and CAMEO refinements
 * (refinements.tsv), dialogue series (series.tsv) and topics (topics.tsv).
 * Immutable and thread-safe.
 */
public final class CodingLexicon {

    /**
     * What a keyword after a trigger makes of its event: another CAMEO code, and where the conventions say
     * so another mode and status ("asked Kenya for troops": REQUEST / invite, proposed, 0212); where the code
     * leaves the trigger's CAMEO root, the PLOVER type of the new code ("destroyed by protesters": PROTEST, 145).
     */
    public record Refinement(EventType type, String cameo, Optional<String> mode, Optional<EventStatus> status,
                             Optional<EventType> newType) {
    }

    private static final int REFINE_WINDOW = 15;

    private final PhraseMatcher<Predicate> predicates;
    private final PhraseMatcher<Refinement> refinements;
    private final SeriesFinder series;
    private final TopicFinder topics;

    public CodingLexicon(LexiconSource source, String language) {
        PhraseMatcher.Builder<Predicate> p = PhraseMatcher.withChoices();
        List<TsvRow> rows = new java.util.ArrayList<>(source.rows(language + "/predicates.tsv"));
        rows.addAll(source.rows(language + "/predicates-conflict.tsv"));
        for (TsvRow row : rows) {
            Predicate.Roles roles;
            try {
                roles = Predicate.Roles.valueOf(row.get("roles").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new LexiconException(row.origin() + ": roles must be symmetric, directed, inverse, transitive or "
                        + "asks, not '" + row.get("roles") + "'");
            }
            Optional<EventStatus> status = row.optional("status")
                    .map(s -> EventStatus.valueOf(s.toUpperCase(Locale.ROOT)));
            p.add(row.get("form"), new Predicate(type(row, "type"), row.get("mode"), row.get("cameo"),
                    roles, status, row.origin()), row.origin());
        }
        PhraseMatcher.Builder<Refinement> r = PhraseMatcher.withChoices();
        for (TsvRow row : source.rows(language + "/refinements.tsv")) {
            r.add(row.get("keyword"), new Refinement(type(row, "type"), row.get("cameo"), row.optional("mode"),
                    row.optional("status").map(x -> EventStatus.valueOf(x.toUpperCase(Locale.ROOT))),
                    row.optional("new_type").map(x -> type(row, "new_type"))), row.origin());
        }
        this.predicates = p.build();
        this.refinements = r.build();
        this.series = new SeriesFinder(source, language);
        this.topics = new TopicFinder(source, language);
    }

    private static EventType type(TsvRow row, String column) {
        try {
            return EventType.valueOf(row.get(column));
        } catch (IllegalArgumentException e) {
            throw new LexiconException(row.origin() + ": '" + row.get(column) + "' is not a PLOVER type");
        }
    }

    public PhraseMatcher<Predicate> predicates() {
        return predicates;
    }

    SeriesFinder series() {
        return series;
    }

    TopicFinder topics() {
        return topics;
    }

    /** The refinement of a trigger of {@code type} ending at token {@code after}, if a keyword follows. */
    public Optional<Refinement> refine(EventType type, List<Token> tokens, int after) {
        int to = Math.min(tokens.size(), after + REFINE_WINDOW);
        for (PhraseMatcher.Match<Refinement> m : refinements.findAll(tokens.subList(after, to))) {
            if (m.value().type() == type) {
                return Optional.of(m.value()); // the first keyword for this type, in text order
            }
        }
        return Optional.empty();
    }
}
