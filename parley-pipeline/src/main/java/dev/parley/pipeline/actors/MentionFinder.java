package dev.parley.pipeline.actors;

import dev.parley.api.Actor;
import dev.parley.api.ActorRecognizer;
import dev.parley.api.BlockKind;
import dev.parley.api.CleanArticle;
import dev.parley.api.Mention;
import dev.parley.api.MentionKind;
import dev.parley.api.Sentence;
import dev.parley.api.Span;
import dev.parley.pipeline.lexicon.PhraseMatcher;
import dev.parley.pipeline.text.Token;
import dev.parley.pipeline.text.Tokenizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Recognises actors in a cleaned article: states and organisations by name, adjective, capital or body;
 * officials by title with their names in either order ("Deputy Defence Minister Nguyen Chi Vinh",
 * "Kim Sang-jin, director general of ..."), resolved to the state or organisation they act for, and later
 * mentions of them by name ("Vinh"); political leaders by name alone ("Obama said"), resolved to the office
 * they held at the article's date; "the two sides". A capital after a locative ("in Seoul") is a place,
 * not an actor; an ambiguous seat ("Brussels") is read as the organisation or state the article speaks of
 * most. Immutable and thread-safe.
 */
public final class MentionFinder implements ActorRecognizer {

    private final Function<String, LanguageLexicon> lexicons;

    public MentionFinder(Function<String, LanguageLexicon> lexicons) {
        this.lexicons = lexicons;
    }

    @Override
    public List<List<Mention>> recognize(CleanArticle article) {
        return analyse(article).stream()
                .map(a -> a.mentions().stream().filter(m -> !m.place()).map(LocatedMention::mention).toList())
                .toList();
    }

    /** Tokens, mentions and markers of every sentence of the article. */
    public List<SentenceAnalysis> analyse(CleanArticle article) {
        LanguageLexicon lex = lexicons.apply(article.language());
        List<List<Token>> tokens = new ArrayList<>();
        List<List<PhraseMatcher.Match<ActorEntry>>> found = new ArrayList<>();
        Map<String, Integer> codeCounts = new HashMap<>();
        for (Sentence s : article.sentences()) {
            List<Token> t = Tokenizer.tokenize(s.text(), s.span().start());
            tokens.add(t);
            List<PhraseMatcher.Match<ActorEntry>> m = lex.gazetteer().matcher().findLongest(t);
            found.add(m);
            if (s.kind().isCoded()) {
                for (PhraseMatcher.Match<ActorEntry> x : m) {
                    if (!x.value().isIgnored() && !x.value().isCapital() && !x.value().isInitial()) {
                        codeCounts.merge(x.value().code(), 1, Integer::sum);
                    }
                }
            }
        }
        People people = new People(codeCounts, lex.gazetteer());
        OptionalInt year = article.article().published().or(article::publishedInText)
                .map(d -> OptionalInt.of(d.getYear())).orElseGet(OptionalInt::empty);
        List<SentenceAnalysis> out = new ArrayList<>();
        List<List<LocatedMention>> all = new ArrayList<>();
        List<List<PhraseMatcher.Match<String>>> allMarkers = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<Token> t = tokens.get(i);
            List<PhraseMatcher.Match<String>> markers = lex.markers().findAll(t);
            List<LocatedMention> mentions = new ArrayList<>();
            boolean[] taken = new boolean[t.size()];
            List<PhraseMatcher.Match<ActorEntry>> names = found.get(i);
            for (int k = 0; k < names.size(); k++) {
                PhraseMatcher.Match<ActorEntry> m = names.get(k);
                if (m.value().isInitial() && !inCompound(names, k)) {
                    continue;
                }
                OfficialFinder.mark(taken, m.from(), m.to());
                if (!m.value().isIgnored()) {
                    mentions.add(actorMention(lex, t, m, markers, codeCounts));
                }
            }
            for (PhraseMatcher.Match<String> m : markers) {
                if (m.value().equals("parties") && OfficialFinder.free(taken, m.from(), m.to())) {
                    OfficialFinder.mark(taken, m.from(), m.to());
                    mentions.add(new LocatedMention(m.from(), m.to(), new Mention(span(t, m.from(), m.to()),
                            MentionKind.PARTIES, Optional.empty(), Optional.empty(), Optional.empty()), false));
                }
            }
            OfficialFinder.find(lex, t, taken, mentions, markers);
            LeaderFinder.find(lex.people(), lex.gazetteer(), t, taken, mentions, year);
            people.read(t, taken, mentions, markers);
            all.add(mentions);
            allMarkers.add(markers);
        }
        for (int i = 0; i < tokens.size(); i++) {
            List<LocatedMention> mentions = new ArrayList<>(people.resolve(all.get(i)));
            mentions.sort(Comparator.comparingInt(LocatedMention::from));
            out.add(new SentenceAnalysis(article.sentences().get(i), tokens.get(i), mentions, allMarkers.get(i)));
        }
        return out;
    }

    private LocatedMention actorMention(LanguageLexicon lex, List<Token> t, PhraseMatcher.Match<ActorEntry> m,
                                        List<PhraseMatcher.Match<String>> markers, Map<String, Integer> counts) {
        ActorEntry e = m.value();
        String text = Tokenizer.join(t, m.from(), m.to());
        boolean place = false;
        if (e.isCapital()) {
            List<ActorEntry> readings = lex.gazetteer().capitalReadings(text);
            if (readings.size() > 1) {
                e = readings.stream().max(Comparator.comparingInt(r -> counts.getOrDefault(r.code(), 0))).orElse(e);
            }
            place = Locative.marks(t, markers, m.from(), m.to());
        }
        MentionKind kind = switch (e.kind()) {
            case "adjective", "demonym" -> MentionKind.ADJECTIVE;
            case "capital" -> MentionKind.CAPITAL;
            case "body" -> MentionKind.BODY;
            default -> MentionKind.NAME;
        };
        Actor actor = new Actor(e.code(), e.sector(), lex.gazetteer().nameOf(e.code()), text);
        return new LocatedMention(m.from(), m.to(), Mention.of(span(t, m.from(), m.to()), kind, actor), place);
    }

    /**
     * A state's initial stands beside another one (日米, 中俄, 美日韩: each is a party) or before a body written
     * with one (中俄外长).
     */
    private static boolean inCompound(List<PhraseMatcher.Match<ActorEntry>> names, int k) {
        PhraseMatcher.Match<ActorEntry> m = names.get(k);
        if (k > 0 && names.get(k - 1).value().isInitial() && names.get(k - 1).to() == m.from()) {
            return true;
        }
        if (k + 1 == names.size() || names.get(k + 1).from() != m.to()) {
            return false;
        }
        ActorEntry next = names.get(k + 1).value();
        return next.isInitial() || next.kind().equals("body");
    }

    private static Span span(List<Token> t, int from, int to) {
        return new Span(t.get(from).start(), t.get(to - 1).end());
    }

}
