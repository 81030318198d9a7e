package dev.parley.pipeline.coding;

import dev.parley.api.EvidenceSpan;
import dev.parley.api.Location;
import dev.parley.api.Participant;
import dev.parley.api.PartialDate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Merges the restatements of one interaction inside an article (headline, lede, later sentences) into one
 * event that keeps every evidence span: same type and status, the same actors on either side, and dates
 * that can be the same day. A stated date wins over a defaulted one; the first stated place wins.
 */
final class EventMerger {

    private EventMerger() {
    }

    /** @param reference the publication date: an undated report never merges into a dated piece of history */
    static List<Draft> merge(List<Draft> drafts, Optional<java.time.LocalDate> reference) {
        List<Draft> out = new ArrayList<>();
        // only drafts of one type with the same actors can merge: look among those alone
        java.util.Map<String, List<Integer>> byKey = new java.util.HashMap<>();
        for (Draft d : drafts) {
            List<Integer> candidates = byKey.computeIfAbsent(key(d), k -> new ArrayList<>());
            int into = -1;
            for (int i : candidates) {
                if (sameInteraction(out.get(i), d, reference)) {
                    into = i;
                    break;
                }
            }
            if (into < 0) {
                candidates.add(out.size());
                out.add(d);
            } else {
                out.set(into, combine(out.get(into), d));
            }
        }
        return out;
    }

    private static String key(Draft d) {
        return d.type() + "|" + new java.util.TreeSet<>(d.codes());
    }

    private static boolean sameInteraction(Draft a, Draft b, Optional<java.time.LocalDate> reference) {
        if (a.type() != b.type() || a.status() != b.status() || !sameKind(a.mode(), b.mode())
                || !new HashSet<>(a.codes()).equals(new HashSet<>(b.codes()))) {
            return false;
        }
        if (!a.mode().equals(b.mode()) && a.evidence().equals(b.evidence())) {
            return false; // "will visit in mid-2020, and the two sides plan to hold a dialogue": two events
        }
        if (a.dated() && b.dated()) {
            return overlaps(a, b);
        }
        return !isHistory(a, reference) && !isHistory(b, reference);
    }

    private static final int HISTORY_DAYS = 30;

    /** Dated well before publication: history, not the news of the day. */
    private static boolean isHistory(Draft d, Optional<java.time.LocalDate> reference) {
        return d.dated() && d.date().isPresent() && reference.isPresent()
                && d.dateEnd().orElse(d.date().get()).end().isBefore(reference.get().minusDays(HISTORY_DAYS));
    }

    /** Modes that can name one interaction: a visit is also a meeting and may be a negotiation. */
    private static boolean sameKind(String a, String b) {
        return a.equals(b) || IN_PERSON.contains(a) && IN_PERSON.contains(b);
    }

    private static final Set<String> IN_PERSON = Set.of("meet", "visit", "negotiate");

    static boolean overlaps(Draft a, Draft b) {
        if (a.date().isEmpty() || b.date().isEmpty()) {
            return a.date().isEmpty() && b.date().isEmpty();
        }
        PartialDate as = a.date().get();
        PartialDate bs = b.date().get();
        var aEnd = a.dateEnd().orElse(as).end();
        var bEnd = b.dateEnd().orElse(bs).end();
        return !as.start().isAfter(bEnd) && !bs.start().isAfter(aEnd);
    }

    private static Draft combine(Draft a, Draft b) {
        boolean takeDate = !a.dated() && b.dated() || a.dated() && b.dated() && moreExact(b, a);
        Draft dated = takeDate ? b : a;
        List<EvidenceSpan> evidence = new ArrayList<>(a.evidence());
        for (EvidenceSpan e : b.evidence()) {
            if (!evidence.contains(e)) {
                evidence.add(e);
            }
        }
        Optional<Location> location = a.location().isPresent() ? a.location() : b.location();
        LinkedHashMap<String, Participant> people = new LinkedHashMap<>();
        for (Participant p : a.participants()) {
            people.putIfAbsent(p.name(), p);
        }
        for (Participant p : b.participants()) {
            people.putIfAbsent(p.name(), p);
        }
        Set<String> seen = new HashSet<>();
        List<Participant> participants = people.values().stream().filter(p -> seen.add(p.name())).toList();
        return new Draft(a.sentence(), a.type(), a.mode(), a.cameo(), a.status(), a.source(), a.target(), a.symmetric(),
                false, dated.date(), dated.dateEnd(), a.dated() || b.dated(), location, a.virtual() || b.virtual(),
                participants, evidence, a.rule());
    }

    private static boolean moreExact(Draft b, Draft a) {
        PartialDate bd = b.date().orElse(null);
        PartialDate ad = a.date().orElse(null);
        if (bd == null || ad == null) {
            return ad == null && bd != null;
        }
        return bd.hasDay() && !ad.hasDay() || bd.hasMonth() && !ad.hasMonth();
    }
}
