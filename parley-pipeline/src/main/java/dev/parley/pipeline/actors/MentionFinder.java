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
import dev.parley.pipeline.text.Punctuation;
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
    private static final int PHRASE_MAX = 18;
    /** Lower-case words this short inside a title phrase join it ("for", "and", "of the"); longer ones end it. */
    private static final int FUNCTION_WORD = 3;

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
            for (PhraseMatcher.Match<String> m : markers) {
                if (m.value().equals("parties") && free(taken, m.from(), m.to())) {
                    mark(taken, m.from(), m.to());
                    mentions.add(new LocatedMention(m.from(), m.to(), new Mention(span(t, m.from(), m.to()),
                            MentionKind.PARTIES, Optional.empty(), Optional.empty(), Optional.empty()), false));
                }
            }
            officials(lex, t, taken, mentions, people, markers);
            laterMentions(t, taken, mentions, people);
            mentions.sort(Comparator.comparingInt(LocatedMention::from));
            out.add(new SentenceAnalysis(article.sentences().get(i), t, mentions, markers));
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
            place = Locative.precedes(t, markers, m.from());
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
                           Map<String, Official> people, List<PhraseMatcher.Match<String>> markers) {
        for (PhraseMatcher.Match<OfficeTitle> title : lex.titles().findLongest(t)) {
            if (!free(taken, title.from(), title.to())) {
                continue;
            }
            Optional<LocatedMention> right = mentionRightAfter(t, mentions, title.to());
            int nameFrom = right.map(LocatedMention::to).orElse(title.to());
            if (nameFrom < t.size() && t.get(nameFrom).text().equals(",")) {
                nameFrom++;
            }
            int nameTo = nameEnd(t, taken, nameFrom);
            if (nameTo - nameFrom < 2) {
                int[] later = nameAfterPhrase(t, taken, nameFrom);
                if (later != null) {
                    nameFrom = later[0];
                    nameTo = later[1];
                }
            }
            if (nameTo - nameFrom < 2 && title.from() >= 2 && t.get(title.from() - 1).text().equals(",")) {
                int start = nameStart(t, taken, title.from() - 1);
                if (title.from() - 1 - start >= 2) {
                    nameFrom = start;
                    nameTo = title.from() - 1;
                }
            }
            boolean named = nameTo - nameFrom >= 2;
            final int start = Math.min(title.from(), named ? nameFrom : title.from());
            Optional<Actor> actor = actorBefore(t, mentions, title.from())
                    .or(() -> right.flatMap(m -> m.mention().actor()))
                    .or(() -> representedBy(mentions, markers, start));
            Optional<String> person = named ? Optional.of(Tokenizer.join(t, nameFrom, nameTo)) : Optional.empty();
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

    /**
     * "South Korea was represented by Lee Won-ik, ... and the EU by Pawel Herczynski": the actor right before
     * a representation or agent marker that ends where the official begins.
     */
    private static Optional<Actor> representedBy(List<LocatedMention> mentions, List<PhraseMatcher.Match<String>> markers,
                                                 int official) {
        for (PhraseMatcher.Match<String> m : markers) {
            if ((m.value().equals("represented") || m.value().equals("agent")) && m.to() == official) {
                for (LocatedMention a : mentions) {
                    boolean adjacent = a.to() == m.from() || a.to() == m.from() - 1; // "Korea was represented by"
                    if (adjacent && a.mention().actor().isPresent() && !a.place()) {
                        return a.mention().actor();
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The state or organisation named right before a title: "Indonesian Minister", "China's Defence Minister". */
    private static Optional<Actor> actorBefore(List<Token> t, List<LocatedMention> mentions, int title) {
        for (LocatedMention m : mentions) {
            int gap = title - m.to();
            if (m.mention().actor().isPresent() && !m.place() && gap >= 0 && gap <= 3 && onlyGlue(t, m.to(), title)) {
                return m.mention().actor();
            }
        }
        return Optional.empty();
    }

    /**
     * A state or organisation named right after a title, directly or after a short lower-case word:
     * "Außenminister Russlands", "président chinois", "Chairman of the EU Military Committee".
     */
    private static Optional<LocatedMention> mentionRightAfter(List<Token> t, List<LocatedMention> mentions, int at) {
        for (LocatedMention m : mentions) {
            if (m.mention().actor().isEmpty() || m.place() || m.from() < at || m.from() - at > 2) {
                continue;
            }
            boolean glue = true;
            for (int i = at; i < m.from(); i++) {
                Token tok = t.get(i);
                glue &= tok.isWord() && !tok.isCapitalized() && tok.text().length() <= 3;
            }
            if (glue) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
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

    /**
     * A name after the rest of a title: "Director for Asia and the Pacific in the EEAS Paola Pampaloni",
     * "Staatssekretär des deutschen Außenministeriums, Andreas Michaelis". The phrase may hold only short
     * lower-case words, capitalised words, brackets and one comma; the name is the last run of two or more
     * capitalised words before a lower-case word or a stop. Returns {from, to} or null.
     */
    private static int[] nameAfterPhrase(List<Token> t, boolean[] taken, int from) {
        int end = Math.min(t.size(), from + PHRASE_MAX);
        int commas = 0;
        for (int i = from; i < end; i++) {
            Token tok = t.get(i);
            boolean function = tok.isWord() && !tok.isCapitalized() && tok.text().length() <= 4;
            boolean bracket = tok.text().equals("(") || tok.text().equals(")");
            if (Punctuation.isComma(tok.text())) {
                commas++;
            }
            if (tok.isWord() && tok.isCapitalized() && !taken[i] && i + 1 < t.size()) {
                int nameTo = nameEnd(t, taken, i);
                boolean closes = nameTo >= t.size() || !t.get(nameTo).isWord()
                        || !t.get(nameTo).isCapitalized() && t.get(nameTo).text().length() > FUNCTION_WORD;
                if (nameTo - i >= 2 && closes && (nameTo >= t.size() || !t.get(nameTo).text().equals("("))) {
                    return new int[] {i, nameTo};
                }
            }
            if (commas > 1 || !(function || bracket || tok.isCapitalized() || Punctuation.isComma(tok.text()))) {
                return null;
            }
        }
        return null;
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

}
