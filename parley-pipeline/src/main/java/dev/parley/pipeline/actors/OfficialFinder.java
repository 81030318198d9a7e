package dev.parley.pipeline.actors;

import dev.parley.api.Actor;
import dev.parley.api.Mention;
import dev.parley.api.MentionKind;
import dev.parley.api.Span;
import dev.parley.pipeline.lexicon.PhraseMatcher;
import dev.parley.pipeline.text.Punctuation;
import dev.parley.pipeline.text.Token;
import dev.parley.pipeline.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The officials of one sentence: a title with the name before or after it ("Deputy Defence Minister Nguyen
 * Chi Vinh", "Kim Sang-jin, director general of ...", "Director for Asia in the EEAS Paola Pampaloni"), or
 * an honorific before a name ("Sra. Ana Ruiz"); each resolved to the state or organisation named with the
 * title (before it, after it, inside its phrase, or as the body whose name holds it), to the one that is
 * "represented by" them, or to the one a group of officials stands for (", por Chile"). Stateless.
 */
final class OfficialFinder {

    /** How far before a title a state may stand and still qualify it ("China's Defence Minister"). */
    private static final int ACTOR_GAP = 3;
    private static final int GLUE_WORD = 3;

    private OfficialFinder() {
    }

    /** An official being read: tokens, name, title, actor. */
    private record Official(int from, int to, Optional<String> person, Optional<OfficeTitle> title,
                            Optional<Actor> actor) {

        Official withActor(Actor a) {
            Optional<String> sector = title.map(OfficeTitle::sector).filter(s -> !s.isEmpty()).or(a::sector);
            return new Official(from, to, person, title, Optional.of(new Actor(a.code(), sector, a.name(), a.text())));
        }

        LocatedMention mention(List<Token> t) {
            Optional<String> english = title.map(OfficeTitle::english).filter(e -> !e.isEmpty() && !e.equals("counterpart"));
            Span span = new Span(t.get(from).start(), t.get(to - 1).end());
            return new LocatedMention(from, to, new Mention(span, MentionKind.OFFICIAL, actor, person, english), false);
        }
    }

    /**
     * Adds the sentence's officials to {@code mentions}, which holds its states, organisations and parties,
     * and marks their tokens in {@code taken}.
     */
    static void find(LanguageLexicon lex, List<Token> t, boolean[] taken, List<LocatedMention> mentions,
                     List<PhraseMatcher.Match<String>> markers) {
        NameSpans names = new NameSpans(t, taken, markers);
        List<Official> found = new ArrayList<>();
        java.util.Set<LocatedMention> hosts = new java.util.HashSet<>();
        int next = 0;
        for (PhraseMatcher.Match<OfficeTitle> title : lex.titles().findAll(t)) { // at each start the longest first
            if (title.from() < next) {
                continue;
            }
            Optional<LocatedMention> host = free(taken, title.from(), title.to()) ? Optional.empty()
                    : bodyHolding(mentions, title).filter(hosts::add);
            if (free(taken, title.from(), title.to()) || host.isPresent()) {
                titled(t, taken, names, mentions, markers, title, host).ifPresent(found::add);
                next = title.to();
            }
        }
        for (PhraseMatcher.Match<String> m : markers) {
            boolean first = m.from() == 0 || !names.isHonorific(m.from() - 1);
            if (m.value().equals("honorific") && first && free(taken, m.from(), m.to())) {
                names.at(m.from()).ifPresent(name -> {
                    mark(taken, m.from(), name.to());
                    found.add(new Official(m.from(), name.to(), Optional.of(Tokenizer.join(t, name.from(), name.to())),
                            Optional.empty(), Optional.empty()));
                });
            }
        }
        found.sort(java.util.Comparator.comparingInt(Official::from));
        behalf(t, found, mentions, markers);
        found.forEach(o -> mentions.add(o.mention(t)));
    }

    private static Optional<Official> titled(List<Token> t, boolean[] taken, NameSpans names, List<LocatedMention> mentions,
                                   List<PhraseMatcher.Match<String>> markers, PhraseMatcher.Match<OfficeTitle> title,
                                   Optional<LocatedMention> host) {
        Optional<LocatedMention> right = host.isPresent() ? Optional.empty() : mentionRightAfter(t, mentions, title.to());
        int nameFrom = host.or(() -> right).map(LocatedMention::to).orElse(title.to());
        if (nameFrom < t.size() && Punctuation.isComma(t.get(nameFrom).text())) {
            nameFrom++;
        }
        Optional<NameSpans.Span> name = names.at(nameFrom);
        boolean phrase = false;
        if (name.isEmpty()) {
            name = names.afterPhrase(nameFrom);
            phrase = name.isPresent();
        }
        if (name.isEmpty() && title.from() >= 2 && Punctuation.isComma(t.get(title.from() - 1).text())) {
            name = names.before(title.from() - 1);
        }
        if (host.isPresent() && name.isEmpty()) {
            return Optional.empty(); // "le ministère des Armées": the body alone, no official
        }
        int from = Math.min(title.from(), name.map(NameSpans.Span::from).orElse(title.from()));
        int to = Math.max(host.map(LocatedMention::to).orElse(title.to()), name.map(NameSpans.Span::to).orElse(title.to()));
        int phraseEnd = name.map(NameSpans.Span::from).orElse(title.to());
        Optional<Actor> actor = actorBefore(t, mentions, title.from())
                .or(() -> host.or(() -> right).flatMap(m -> m.mention().actor()))
                .or(() -> inside(mentions, title.to(), phraseEnd))
                .or(() -> representedBy(mentions, markers, from));
        mark(taken, title.from(), title.to());
        if (phrase) {
            mark(taken, title.to(), name.get().to()); // the rest of the title: no other official starts in it
        } else {
            name.ifPresent(n -> mark(taken, n.from(), n.to()));
        }
        Official o = new Official(from, to, name.map(n -> Tokenizer.join(t, n.from(), n.to())),
                Optional.of(title.value()), Optional.empty());
        return Optional.of(actor.map(o::withActor).orElse(o));
    }

    /**
     * "Le ministre français des Armées, Sébastien Lecornu": a body that only one state has, whose name holds
     * a title; the official acts for that state.
     */
    private static Optional<LocatedMention> bodyHolding(List<LocatedMention> mentions,
                                                        PhraseMatcher.Match<OfficeTitle> title) {
        return mentions.stream().filter(m -> m.mention().kind() == MentionKind.BODY && m.mention().actor().isPresent()
                && m.from() <= title.from() && title.to() <= m.to()).findFirst();
    }

    /** The first state or organisation inside a title's phrase: "Director for Asia in the EEAS Paola Pampaloni". */
    private static Optional<Actor> inside(List<LocatedMention> mentions, int from, int to) {
        return mentions.stream().filter(m -> !m.place() && m.mention().actor().isPresent()
                && m.from() >= from && m.to() <= to).findFirst().flatMap(m -> m.mention().actor());
    }

    /**
     * "Capitán Luis Vera y la Sra. Ana Ruiz, por Chile, ...", "Kenji Sato, on behalf of Japan, ...": the
     * state after a representation marker that follows a comma stands for the officials listed right before
     * it whose side is not told.
     */
    private static void behalf(List<Token> t, List<Official> found, List<LocatedMention> mentions,
                               List<PhraseMatcher.Match<String>> markers) {
        for (PhraseMatcher.Match<String> m : markers) {
            if (!m.value().equals("behalf") || m.from() == 0 || !Punctuation.isComma(t.get(m.from() - 1).text())) {
                continue;
            }
            Optional<Actor> actor = mentions.stream().filter(a -> !a.place() && a.from() >= m.to()
                    && articleOnly(t, m.to(), a.from())).findFirst().flatMap(a -> a.mention().actor());
            if (actor.isEmpty()) {
                continue;
            }
            int end = m.from() - 1;
            for (int k = found.size() - 1; k >= 0; k--) {
                Official o = found.get(k);
                if (o.to() > end) {
                    continue;
                }
                if (!glue(t, markers, o.to(), end)) {
                    break;
                }
                if (o.actor().isEmpty()) {
                    found.set(k, o.withActor(actor.get()));
                }
                end = o.from();
            }
        }
    }

    /** Nothing or an article between two tokens: "pour la Belgique", "per l'Italia". */
    private static boolean articleOnly(List<Token> t, int from, int to) {
        for (int i = from; i < to; i++) {
            Token tok = t.get(i);
            boolean article = tok.isWord() && !tok.isCapitalized() && tok.text().length() <= GLUE_WORD
                    || tok.text().equals("'") || tok.text().equals("’");
            if (!article || to - from > 2) {
                return false;
            }
        }
        return true;
    }

    /** Only commas, conjunctions and short lower-case words ("y la", ", and") between two officials. */
    private static boolean glue(List<Token> t, List<PhraseMatcher.Match<String>> markers, int from, int to) {
        for (int i = from; i < to; i++) {
            Token tok = t.get(i);
            final int at = i;
            boolean conjunction = markers.stream().anyMatch(m -> m.value().equals("conjunction")
                    && m.from() <= at && at < m.to());
            boolean shortWord = tok.isWord() && !tok.isCapitalized() && tok.text().length() <= GLUE_WORD;
            if (!(conjunction || shortWord || Punctuation.isComma(tok.text()))) {
                return false;
            }
        }
        return true;
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
            if (m.mention().actor().isPresent() && !m.place() && gap >= 0 && gap <= ACTOR_GAP
                    && onlyGlue(t, m.to(), title)) {
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
                glue &= tok.isWord() && !tok.isCapitalized() && tok.text().length() <= GLUE_WORD;
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

    static boolean free(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    static void mark(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            taken[i] = true;
        }
    }
}
