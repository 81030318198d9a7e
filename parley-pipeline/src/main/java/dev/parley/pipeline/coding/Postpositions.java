package dev.parley.pipeline.coding;

import dev.parley.api.Actor;
import dev.parley.pipeline.actors.LocatedMention;
import dev.parley.pipeline.actors.SentenceAnalysis;
import dev.parley.pipeline.lexicon.PhraseMatcher;
import dev.parley.pipeline.text.Punctuation;

import java.util.ArrayList;
import java.util.List;

/**
 * The sides of a trigger in a language that marks its arguments with postpositions before a final verb
 * (日本は韓国と会談した, 米国はイランに対し制裁を科した): the subject is the actor right before the first
 * {@code subject} marker (は, が), with the actors coordinated with it; the object, the actor right before an
 * {@code object} marker after it (に対し, と), else the last other actor before the trigger. A passive
 * ending after the trigger (された) turns them round, the actor before an agent marker (によって, から) then
 * being the doer. Stateless.
 */
final class Postpositions {

    private Postpositions() {
    }

    /**
     * Fills {@code source} and {@code target} and returns true when the clause before the trigger has a
     * marked subject and another actor; leaves them empty and returns false otherwise.
     */
    static boolean read(SentenceAnalysis sa, List<LocatedMention> actors, PhraseMatcher.Match<?> trigger,
                        boolean passive, List<Actor> source, List<Actor> target) {
        List<LocatedMention> before = actors.stream()
                .filter(m -> m.to() <= trigger.from() && m.mention().actor().isPresent()).toList();
        int subjectEnd = -1;
        for (PhraseMatcher.Match<String> m : sa.markers("subject", 0, trigger.from())) {
            if (before.stream().anyMatch(a -> a.to() <= m.from())) {
                subjectEnd = m.from();
                break;
            }
        }
        if (subjectEnd < 0) {
            return false;
        }
        int last = lastEndingBy(before, subjectEnd);
        List<Actor> subject = coordinated(sa, before, last);
        List<LocatedMention> rest = before.subList(last + 1, before.size());
        int object = rest.size() - 1;
        for (PhraseMatcher.Match<String> m : sa.markers("object", subjectEnd, trigger.from())) {
            int k = lastEndingBy(rest, m.from());
            if (k >= 0) {
                object = k;
                break;
            }
        }
        List<Actor> objects = object < 0 ? List.of() : coordinated(sa, rest, object);
        objects = objects.stream().filter(o -> subject.stream().noneMatch(a -> a.code().equals(o.code()))).toList();
        Actor agent = passive ? agent(sa, rest, trigger.from()) : null;
        if (objects.isEmpty() && agent == null) {
            return false;
        }
        if (passive) {
            source.addAll(agent != null ? List.of(agent) : objects);
            target.addAll(subject);
        } else {
            source.addAll(subject);
            target.addAll(objects);
        }
        return true;
    }

    /** The index of the last mention ending at or before {@code end}, or -1. */
    private static int lastEndingBy(List<LocatedMention> mentions, int end) {
        int k = -1;
        for (int i = 0; i < mentions.size() && mentions.get(i).to() <= end; i++) {
            k = i;
        }
        return k;
    }

    /** The actor right before an agent marker ("オーストラリアによって", "米国から"), or null. */
    private static Actor agent(SentenceAnalysis sa, List<LocatedMention> mentions, int trigger) {
        for (PhraseMatcher.Match<String> m : sa.markers("agent", 0, trigger)) {
            for (LocatedMention a : mentions) {
                if (a.to() == m.from()) {
                    return a.mention().actor().orElseThrow();
                }
            }
        }
        return null;
    }

    /** Mention {@code k} and those before it joined to it by conjunctions and commas only (日本と英国, 日本、米国). */
    private static List<Actor> coordinated(SentenceAnalysis sa, List<LocatedMention> mentions, int k) {
        List<Actor> out = new ArrayList<>();
        out.add(mentions.get(k).mention().actor().orElseThrow());
        for (int i = k; i > 0 && joined(sa, mentions.get(i - 1).to(), mentions.get(i).from()); i--) {
            out.add(0, mentions.get(i - 1).mention().actor().orElseThrow());
        }
        return out;
    }

    private static boolean joined(SentenceAnalysis sa, int from, int to) {
        int i = from;
        while (i < to) {
            int next = i;
            for (PhraseMatcher.Match<String> m : sa.markers("conjunction", i, i + 1)) {
                next = Math.max(next, m.to());
            }
            if (next == i && !Punctuation.isComma(sa.tokens().get(i).text())) {
                return false;
            }
            i = Math.max(next, i + 1);
        }
        return true;
    }
}
