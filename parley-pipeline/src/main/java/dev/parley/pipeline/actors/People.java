package dev.parley.pipeline.actors;

import dev.parley.api.Actor;
import dev.parley.api.Mention;
import dev.parley.api.MentionKind;
import dev.parley.api.Span;
import dev.parley.pipeline.lexicon.PhraseMatcher;
import dev.parley.pipeline.text.Token;
import dev.parley.pipeline.text.Tokenizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The named officials of one article, sentence by sentence: later mentions of them by a part of the name
 * ("Vinh", "Сердюкова"), a pronoun opening a sentence ("He invited ...") for the first official named in the
 * sentence right before, and the side each acts for once any mention tells it: a mention with a state, an unnamed
 * mention with a state and the same title ("the EEAS Deputy Managing Director"), or "his US counterpart"
 * (the official is on the article's other side). Not thread-safe: one per article.
 */
final class People {

    private static final int PART_MIN = 3;
    private static final int STEM_MIN = 4;
    /** Case endings a Russian surname takes: Сердюков, Сердюкова, Сердюковым. */
    private static final int CASE_ENDING_MAX = 2;

    private record Person(String name, Optional<String> title) {
    }

    private final Map<String, Person> byPart = new HashMap<>();
    private final Map<String, Actor> sides = new HashMap<>();
    private final LinkedHashSet<Person> recent = new LinkedHashSet<>();
    private final Map<String, Person> byName = new HashMap<>();
    private final Map<String, Integer> actorCounts;
    private final Gazetteer gazetteer;
    private Optional<Person> subject = Optional.empty();

    /** @param actorCounts how often the article names each state or organisation */
    People(Map<String, Integer> actorCounts, Gazetteer gazetteer) {
        this.actorCounts = actorCounts;
        this.gazetteer = gazetteer;
    }

    /**
     * Adds to {@code mentions} (the sentence's mentions so far) the later mentions of known officials in
     * untaken tokens and a pronoun subject, then learns what the sentence tells about the officials' sides.
     */
    void read(List<Token> t, boolean[] taken, List<LocatedMention> mentions, List<PhraseMatcher.Match<String>> markers) {
        remember(mentions);
        for (int i = 0; i < t.size(); i++) {
            if (!taken[i] && t.get(i).isCapitalized()) {
                final int at = i;
                known(t.get(i).text()).ifPresent(p -> {
                    taken[at] = true;
                    mentions.add(mention(t, at, at + 1, p));
                });
            }
        }
        pronoun(t, taken, mentions, markers);
        learn(mentions, markers);
        List<Person> named = mentions.stream().filter(m -> m.mention().person().isPresent())
                .sorted(Comparator.comparingInt(LocatedMention::from))
                .map(m -> byName.get(m.mention().person().get())).filter(java.util.Objects::nonNull).toList();
        subject = named.stream().findFirst(); // a pronoun stands for the official of the sentence right before
        for (Person p : named) {
            recent.remove(p);
            recent.add(p);
        }
    }

    /** The sentence's mentions with the sides learnt from the whole article filled in. */
    List<LocatedMention> resolve(List<LocatedMention> mentions) {
        List<LocatedMention> out = new ArrayList<>(mentions.size());
        for (LocatedMention m : mentions) {
            Mention x = m.mention();
            Actor side = x.person().map(sides::get).orElse(null);
            if (x.kind() == MentionKind.OFFICIAL && x.actor().isEmpty() && side != null) {
                out.add(new LocatedMention(m.from(), m.to(), new Mention(x.span(), x.kind(), Optional.of(side),
                        x.person(), x.title()), m.place()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    private void remember(List<LocatedMention> mentions) {
        for (LocatedMention m : mentions) {
            Mention x = m.mention();
            if (x.kind() != MentionKind.OFFICIAL || x.person().isEmpty()) {
                continue;
            }
            Person p = byName.computeIfAbsent(x.person().get(), n -> new Person(n, x.title()));
            x.actor().ifPresent(a -> sides.putIfAbsent(p.name(), a));
            for (Token part : Tokenizer.tokenize(p.name(), 0)) {
                if (part.isWord() && part.text().length() >= PART_MIN && part.isCapitalized()
                        && !NameSpans.isParticle(part.lower())) {
                    byPart.merge(part.text(), p, (old, neu) -> sides.containsKey(old.name()) ? old : neu);
                }
            }
        }
    }

    /** A known official by a part of the name; in Cyrillic with a case ending. */
    private Optional<Person> known(String word) {
        Person p = byPart.get(word);
        if (p != null || !isCyrillic(word)) {
            return Optional.ofNullable(p);
        }
        for (Map.Entry<String, Person> e : byPart.entrySet()) {
            String part = e.getKey();
            if (part.length() >= STEM_MIN && word.startsWith(part) && word.length() - part.length() <= CASE_ENDING_MAX) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    private static boolean isCyrillic(String word) {
        return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.CYRILLIC;
    }

    /** "He invited Esper ...": a pronoun opening the sentence stands for the official the text is about. */
    private void pronoun(List<Token> t, boolean[] taken, List<LocatedMention> mentions,
                         List<PhraseMatcher.Match<String>> markers) {
        if (subject.isEmpty()) {
            return;
        }
        Person p = subject.get();
        boolean named = mentions.stream().anyMatch(m -> m.mention().person().filter(p.name()::equals).isPresent());
        for (PhraseMatcher.Match<String> m : markers) {
            boolean opens = m.from() == 0 || m.from() == 1 && !t.get(0).isWord();
            boolean beforeName = m.to() < t.size() && t.get(m.to()).isCapitalized(); // "Ông Nguyễn ...": an honorific
            if (m.value().equals("pronoun") && opens && !beforeName && !named && OfficialFinder.free(taken, m.from(), m.to())) {
                OfficialFinder.mark(taken, m.from(), m.to());
                mentions.add(mention(t, m.from(), m.to(), p));
                return;
            }
        }
    }

    private LocatedMention mention(List<Token> t, int from, int to, Person p) {
        String said = Tokenizer.join(t, from, to);
        Optional<Actor> actor = Optional.ofNullable(sides.get(p.name()))
                .map(a -> new Actor(a.code(), a.sector(), a.name(), said));
        Span span = new Span(t.get(from).start(), t.get(to - 1).end());
        return new LocatedMention(from, to, new Mention(span, MentionKind.OFFICIAL, actor, Optional.of(p.name()),
                p.title()), false);
    }

    private void learn(List<LocatedMention> mentions, List<PhraseMatcher.Match<String>> markers) {
        remember(mentions);
        List<Person> unresolved = mentions.stream().map(m -> m.mention().person()).flatMap(Optional::stream)
                .distinct().map(byName::get).filter(p -> p != null && !sides.containsKey(p.name())).toList();
        for (LocatedMention m : mentions) {
            Mention x = m.mention();
            if (x.kind() == MentionKind.OFFICIAL && x.person().isEmpty() && x.title().isPresent() && x.actor().isPresent()) {
                Optional<Person> meant = unresolved.size() == 1 ? Optional.of(unresolved.get(0)) : lastWithTitle(x.title());
                meant.ifPresent(p -> sides.putIfAbsent(p.name(), x.actor().get()));
            }
        }
        boolean counterpart = markers.stream().anyMatch(m -> m.value().equals("counterpart"));
        List<Person> stillUnresolved = unresolved.stream().filter(p -> !sides.containsKey(p.name())).toList();
        if (counterpart && stillUnresolved.size() == 1) {
            Set<String> theirs = new java.util.HashSet<>();
            mentions.stream().filter(m -> m.mention().kind() == MentionKind.OFFICIAL && m.mention().person().isPresent())
                    .forEach(m -> m.mention().actor().ifPresent(a -> theirs.add(a.code())));
            if (!theirs.isEmpty()) {
                otherSide(theirs).ifPresent(code -> sides.put(stillUnresolved.get(0).name(),
                        new Actor(code, Optional.empty(), gazetteer.nameOf(code), stillUnresolved.get(0).name())));
            }
        }
    }

    /** The person mentioned last, and not yet placed on a side, who holds this title. */
    private Optional<Person> lastWithTitle(Optional<String> title) {
        Person found = null;
        for (Person p : recent) {
            if (!sides.containsKey(p.name()) && p.title().equals(title)) {
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The actor the article names most often besides {@code theirs}: the other side of "his counterpart". */
    private Optional<String> otherSide(Set<String> theirs) {
        return actorCounts.entrySet().stream().filter(e -> !theirs.contains(e.getKey()))
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey,
                        Comparator.reverseOrder()))
                .map(Map.Entry::getKey);
    }
}
