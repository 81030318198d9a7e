package dev.parley.pipeline.coding;

import dev.parley.api.Actor;
import dev.parley.api.MentionKind;
import dev.parley.pipeline.actors.LocatedMention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Sides of a domestic event: two actors of one state ("the Georgian government", "Georgian protesters") are two
 * sides when one acts for the state and the other for its society, as CAMEO codes GEOGOV and GEOOPP; two offices
 * of a state (its ministry and its army) or a state named twice stay one side. Stateless and thread-safe.
 */
final class DomesticSides {

    /** Sectors of the state apparatus: two of them never make a domestic event. */
    private static final Set<String> STATE = Set.of("GOV", "MIL", "DIP", "LEG", "JUD", "COP", "SPY", "IGO");

    private DomesticSides() {
    }

    /** True when the two actors are the same side of an event. */
    static boolean sameSide(Actor a, Actor b) {
        if (!a.code().equals(b.code())) {
            return false;
        }
        if (a.sector().isEmpty() || b.sector().isEmpty() || a.sector().equals(b.sector())) {
            return true;
        }
        return STATE.contains(a.sector().get()) && STATE.contains(b.sector().get());
    }

    /** Removes every actor on the same side as one before it, the source's first. */
    static void dedupe(List<Actor> source, List<Actor> target) {
        List<Actor> kept = new ArrayList<>();
        source.removeIf(a -> !keep(kept, a));
        target.removeIf(a -> !keep(kept, a));
    }

    private static boolean keep(List<Actor> kept, Actor a) {
        if (kept.stream().anyMatch(k -> sameSide(k, a))) {
            return false;
        }
        kept.add(a);
        return true;
    }

    /**
     * "Georgian protesters", "the Syrian government": a state's name right before an unnamed group or office of
     * that state is part of how it is named, not a party of its own; the group carries the sector.
     */
    static List<LocatedMention> withoutDesignators(List<LocatedMention> mentions) {
        List<LocatedMention> out = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            LocatedMention m = mentions.get(i);
            boolean designates = i + 1 < mentions.size() && designates(m, mentions.get(i + 1));
            if (!designates) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean designates(LocatedMention name, LocatedMention official) {
        return official.from() == name.to() && official.mention().kind() == MentionKind.OFFICIAL
                && official.mention().person().isEmpty()
                && official.mention().actor().flatMap(Actor::sector).isPresent()
                && name.mention().actor().isPresent()
                && name.mention().actor().get().code().equals(official.mention().actor().get().code());
    }
}
