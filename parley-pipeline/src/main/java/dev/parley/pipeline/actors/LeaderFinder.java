package dev.parley.pipeline.actors;

import dev.parley.api.Actor;
import dev.parley.api.Mention;
import dev.parley.api.MentionKind;
import dev.parley.api.Span;
import dev.parley.pipeline.lexicon.PhraseMatcher;
import dev.parley.pipeline.text.Token;
import dev.parley.pipeline.text.Tokenizer;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Leaders named in one sentence ("Obama said", "Путин встретился"): a name of the people gazetteer in
 * untaken tokens becomes an official acting for the state or organisation of the office held at the
 * article's year, titled with that office; a titled official whose side the sentence does not tell
 * ("President Vladimir Putin") takes the side of the leader the name resolves to. Stateless.
 */
final class LeaderFinder {

    private LeaderFinder() {
    }

    static void find(PeopleGazetteer people, Gazetteer gazetteer, List<Token> t, boolean[] taken,
                     List<LocatedMention> mentions, OptionalInt year) {
        for (PhraseMatcher.Match<List<PeopleGazetteer.NameForm>> m : people.matcher().findLongest(t)) {
            Optional<PeopleGazetteer.Leader> leader = people.resolve(m.value(), year);
            if (leader.isEmpty()) {
                continue;
            }
            PeopleGazetteer.Leader l = leader.get();
            String said = Tokenizer.join(t, m.from(), m.to());
            Actor actor = new Actor(l.code(), l.sector(), gazetteer.nameOf(l.code()), said);
            if (OfficialFinder.free(taken, m.from(), m.to())) {
                OfficialFinder.mark(taken, m.from(), m.to());
                boolean full = m.value().stream().anyMatch(n -> !n.surname());
                Span span = new Span(t.get(m.from()).start(), t.get(m.to() - 1).end());
                mentions.add(new LocatedMention(m.from(), m.to(), new Mention(span, MentionKind.OFFICIAL,
                        Optional.of(actor), Optional.of(full ? said : l.person()), l.title()), false));
            } else {
                sideless(mentions, m).ifPresent(i -> {
                    LocatedMention o = mentions.get(i);
                    Mention x = o.mention();
                    mentions.set(i, new LocatedMention(o.from(), o.to(), new Mention(x.span(), x.kind(),
                            Optional.of(actor), x.person(), x.title().or(l::title)), o.place()));
                });
            }
        }
    }

    /** The official without a side whose tokens hold the match. */
    private static Optional<Integer> sideless(List<LocatedMention> mentions, PhraseMatcher.Match<?> m) {
        for (int i = 0; i < mentions.size(); i++) {
            LocatedMention o = mentions.get(i);
            Mention x = o.mention();
            if (x.kind() == MentionKind.OFFICIAL && x.actor().isEmpty() && x.person().isPresent()
                    && o.from() <= m.from() && m.to() <= o.to()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
