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
import java.util.Set;
import java.util.function.Function;

/**
 * Recognises actors in a cleaned article: states and organisations by name, adjective, capital or body;
 * officials by title with their names in either order ("Deputy Defence Minister Nguyen Chi Vinh",
 * "Kim Sang-jin, director general of ..."), resolved to the state or organisation they act for, and later
 * mentions of them by name ("Vinh"); "the two sides". A capital after a locative ("in Seoul") is a place,
 * not an actor; an ambiguous seat ("Brussels") is read as the organisation or state the article speaks of
 * most. Immutable and thread-safe.
 */
public final class MentionFinder implements ActorRecognizer {

    private static final Set<String> NAME_PARTICLES = Set.of("bin", "binti", "bint", "van", "von", "de", "da", "del",
            "der", "al", "el", "la", "le", "dos", "di", "ibn", "abu");
    private static final int NAME_MAX = 7;

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
                    if (!x.value().isIgnored() && !x.value().isCapital()) {
                        codeCounts.merge(x.value().code(), 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, Official> people = new HashMap<>();
        List<SentenceAnalysis> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            List<Token> t = tokens.get(i);
            List<PhraseMatcher.Match<String>> markers = lex.markers().findAll(t);
            List<LocatedMention> mentions = new ArrayList<>();
            boolean[] taken = new boolean[t.size()];
            for (PhraseMatcher.Match<ActorEntry> m : found.get(i)) {
                mark(taken, m.from(), m.to());
                if (!m.value().isIgnored()) {
                    mentions.add(actorMention(lex, t, m, markers, codeCounts));
                }
            }
            officials(lex, t, taken, mentions, people);
            laterMentions(t, taken, mentions, people);
            for (PhraseMatcher.Match<String> m : markers) {
                if (m.value().equals("parties") && free(taken, m.from(), m.to())) {
                    mark(taken, m.from(), m.to());
                    mentions.add(new LocatedMention(m.from(), m.to(), new Mention(span(t, m.from(), m.to()),
                            MentionKind.PARTIES, Optional.empty(), Optional.empty(), Optional.empty()), false));
                }
            }
            mentions.sort(Comparator.comparingInt(LocatedMention::from));
            out.add(new SentenceAnalysis(article.sentences().get(i), t, mentions, markers));
        }
        return out;
    }

    private LocatedMention actorMention(LanguageLexicon lex, List<Token> t, PhraseMatcher.Match<ActorEntry> m,
                                        List<PhraseMatcher.Match<String>> markers, Map<String, Integer> counts) {
        ActorEntry e = m.value();
        String text = text(t, m.from(), m.to());
        boolean place = false;
        if (e.isCapital()) {
            List<ActorEntry> readings = lex.gazetteer().capitalReadings(text);
            if (readings.size() > 1) {
                e = readings.stream().max(Comparator.comparingInt(r -> counts.getOrDefault(r.code(), 0))).orElse(e);
            }
            int before = m.from() - 1;
            while (before >= 0 && (t.get(before).lower().equals("the") || t.get(before).lower().equals("der"))) {
                before--;
            }
            final int b = before;
            place = b >= 0 && markers.stream().anyMatch(k -> k.value().equals("locative") && k.to() == b + 1);
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

    /** A person named with a title, remembered for later mentions by name. */
    private record Official(String name, String title, Optional<Actor> actor) {
    }

    private void officials(LanguageLexicon lex, List<Token> t, boolean[] taken, List<LocatedMention> mentions,
                           Map<String, Official> people) {
        for (PhraseMatcher.Match<OfficeTitle> title : lex.titles().findLongest(t)) {
            if (!free(taken, title.from(), title.to())) {
                continue;
            }
            int nameFrom = title.to();
            if (nameFrom < t.size() && t.get(nameFrom).text().equals(",")) {
                nameFrom++;
            }
            int nameTo = nameEnd(t, taken, nameFrom);
            if (nameTo - nameFrom < 2 && title.from() >= 2 && t.get(title.from() - 1).text().equals(",")) {
                int start = nameStart(t, taken, title.from() - 1);
                if (title.from() - 1 - start >= 2) {
                    nameFrom = start;
                    nameTo = title.from() - 1;
                }
            }
            boolean named = nameTo - nameFrom >= 2;
            Optional<Actor> actor = actorOfTitle(t, mentions, title);
            Optional<String> person = named ? Optional.of(text(t, nameFrom, nameTo)) : Optional.empty();
            int from = Math.min(title.from(), named ? nameFrom : title.from());
            int to = Math.max(title.to(), named ? nameTo : title.to());
            mark(taken, title.from(), title.to());
            if (named) {
                mark(taken, nameFrom, nameTo);
            }
            String english = title.value().english();
            Optional<String> titleText = english.equals("counterpart") ? Optional.empty() : Optional.of(english);
            Optional<Actor> sectored = actor.map(a -> title.value().sector().isEmpty() ? a
                    : new Actor(a.code(), Optional.of(title.value().sector()), a.name(), a.text()));
            mentions.add(new LocatedMention(from, to, new Mention(span(t, from, to), MentionKind.OFFICIAL, sectored,
                    person, titleText), false));
            person.ifPresent(p -> remember(people, p, english, sectored));
        }
    }

    private static void remember(Map<String, Official> people, String person, String title, Optional<Actor> actor) {
        Official o = new Official(person, title, actor);
        for (Token part : Tokenizer.tokenize(person, 0)) {
            if (part.isWord() && part.text().length() >= 3 && part.isCapitalized()
                    && !NAME_PARTICLES.contains(part.lower())) {
                people.merge(part.text(), o, (old, neu) -> old.actor().isPresent() ? old : neu);
            }
        }
    }

    /** "Vinh", "Lee": a person already named with a title, mentioned again by a part of the name. */
    private static void laterMentions(List<Token> t, boolean[] taken, List<LocatedMention> mentions,
                                      Map<String, Official> people) {
        for (int i = 0; i < t.size(); i++) {
            if (taken[i] || !t.get(i).isCapitalized()) {
                continue;
            }
            Official o = people.get(t.get(i).text());
            if (o != null) {
                taken[i] = true;
                String said = t.get(i).text();
                Optional<Actor> actor = o.actor().map(a -> new Actor(a.code(), a.sector(), a.name(), said));
                mentions.add(new LocatedMention(i, i + 1, new Mention(span(t, i, i + 1), MentionKind.OFFICIAL, actor,
                        Optional.of(o.name()), Optional.of(o.title())), false));
            }
        }
    }

    /** The state or organisation an official acts for: named right before the title or in the phrase after it. */
    private static Optional<Actor> actorOfTitle(List<Token> t, List<LocatedMention> mentions,
                                                PhraseMatcher.Match<OfficeTitle> title) {
        LocatedMention best = null;
        for (LocatedMention m : mentions) {
            if (m.mention().actor().isEmpty() || m.place()) {
                continue;
            }
            int gapBefore = title.from() - m.to();
            boolean before = gapBefore >= 0 && gapBefore <= 3 && onlyGlue(t, m.to(), title.from());
            boolean after = m.from() >= title.to() && m.from() - title.to() <= 8
                    && noClauseBreak(t, title.to(), m.from());
            if (before) {
                return m.mention().actor();
            }
            if (after && best == null) {
                best = m;
            }
        }
        return best == null ? Optional.empty() : best.mention().actor();
    }

    private static boolean onlyGlue(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = t.get(i).lower();
            if (!(w.equals("'") || w.equals("’") || w.equals("s") || w.equals("the") || w.equals("his")
                    || w.equals("her") || w.equals("-") || w.equals("of"))) {
                return false;
            }
        }
        return true;
    }

    private static boolean noClauseBreak(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = t.get(i).text();
            if (w.equals(",") || w.equals(";") || w.equals(".") || w.equals("(")) {
                return false;
            }
        }
        return true;
    }

    /** End of a person's name starting at {@code i}: capitalised words, initials, particles and hyphens. */
    private static int nameEnd(List<Token> t, boolean[] taken, int i) {
        int j = i;
        int words = 0;
        while (j < t.size() && words < NAME_MAX && !taken[j]) {
            Token tok = t.get(j);
            if (tok.isWord() && tok.isCapitalized() && !tok.isNumber()) {
                words++;
                j++;
            } else if (words > 0 && (tok.text().equals("-") || tok.text().equals(".")) && j + 1 < t.size()
                    && t.get(j + 1).isWord() && !taken[j + 1] && (tok.text().equals("-") || t.get(j - 1).text().length() == 1)) {
                j++;
                if (tok.text().equals("-")) {
                    j++;
                }
            } else if (words > 0 && NAME_PARTICLES.contains(tok.lower()) && j + 1 < t.size()
                    && t.get(j + 1).isCapitalized() && !taken[j + 1]) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    /** Start of a person's name ending just before {@code end}. */
    private static int nameStart(List<Token> t, boolean[] taken, int end) {
        int j = end;
        while (j > 0 && end - j < NAME_MAX && !taken[j - 1]) {
            Token tok = t.get(j - 1);
            boolean hyphenPart = j - 2 >= 0 && t.get(j - 2).text().equals("-");
            if (tok.isWord() && (tok.isCapitalized() || hyphenPart) && !tok.isNumber() || tok.text().equals("-")) {
                j--;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            taken[i] = true;
        }
    }

    private static Span span(List<Token> t, int from, int to) {
        return new Span(t.get(from).start(), t.get(to - 1).end());
    }

    private static String text(List<Token> t, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (i > from && t.get(i).start() > t.get(i - 1).end()) {
                b.append(' ');
            }
            b.append(t.get(i).text());
        }
        return b.toString();
    }
}
