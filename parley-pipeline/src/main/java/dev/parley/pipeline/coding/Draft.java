package dev.parley.pipeline.coding;

import dev.parley.api.Actor;
import dev.parley.api.EventStatus;
import dev.parley.api.EventType;
import dev.parley.api.EvidenceSpan;
import dev.parley.api.Location;
import dev.parley.api.Participant;
import dev.parley.api.PartialDate;

import java.util.List;
import java.util.Optional;

/**
 * An event as coded from one clause, before the article's parties are filled in and restatements merged.
 *
 * @param sentence     index of the sentence it was coded from
 * @param needsParties the clause names "the two sides" or leaves a side to the article's main parties
 * @param dated        the date was stated in the clause, not defaulted
 */
record Draft(int sentence, EventType type, String mode, String cameo, EventStatus status, List<Actor> source,
             List<Actor> target, boolean symmetric, boolean needsParties, Optional<PartialDate> date,
             Optional<PartialDate> dateEnd, boolean dated, Optional<Location> location, boolean virtual,
             List<Participant> participants, List<EvidenceSpan> evidence, String rule) {

    Draft withSides(List<Actor> newSource, List<Actor> newTarget) {
        return new Draft(sentence, type, mode, cameo, status, newSource, newTarget, symmetric, false, date, dateEnd,
                dated, location, virtual, participants, evidence, rule);
    }

    Draft withLocation(Optional<Location> newLocation) {
        return new Draft(sentence, type, mode, cameo, status, source, target, symmetric, needsParties, date, dateEnd,
                dated, newLocation, virtual, participants, evidence, rule);
    }

    Draft withDate(PartialDate day) {
        return new Draft(sentence, type, mode, cameo, status, source, target, symmetric, needsParties,
                Optional.of(day), Optional.empty(), true, location, virtual, participants, evidence, rule);
    }

    Draft withParticipants(List<Participant> people) {
        return new Draft(sentence, type, mode, cameo, status, source, target, symmetric, needsParties, date, dateEnd,
                dated, location, virtual, people, evidence, rule);
    }

    List<String> codes() {
        return java.util.stream.Stream.concat(source.stream(), target.stream()).map(Actor::code).distinct().toList();
    }
}
