package dev.parley.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One real-world interaction reported by an article, coded in PLOVER and CAMEO, with the sentences
 * that prove it and the rule that made it. Immutable and thread-safe.
 *
 * @param id           stable id: the same article and event give the same id on every run
 * @param doc          the article's id
 * @param type         PLOVER type
 * @param mode         PLOVER mode (meet, visit, phone, sign, agree, invite, ...)
 * @param cameo        CAMEO code ("040", "0312")
 * @param goldstein    Goldstein score of the CAMEO code
 * @param status       occurred, planned or proposed
 * @param date         when it happened, as precisely as the text supports
 * @param dateEnd      the last day of a multi-day event
 * @param source       the initiator(s); for symmetric events the side named first
 * @param target       the other side(s)
 * @param symmetric    both sides act alike (met, agreed, signed)
 * @param participants named officials taking part
 * @param location     where, if stated; empty for calls and video meetings
 * @param virtual      a video meeting
 * @param topics       short keywords for what was discussed or agreed
 * @param series       the named dialogue mechanism it belongs to, if any
 * @param evidence     the sentences that state the event, first the one that coded it
 * @param rule         the lexicon entry and rule that produced it, for audit
 * @param coder        the version of the coder configuration ("coder.v1")
 */
public record Event(String id, String doc, EventType type, String mode, String cameo, double goldstein,
                    EventStatus status, Optional<PartialDate> date, Optional<PartialDate> dateEnd,
                    List<Actor> source, List<Actor> target, boolean symmetric, List<Participant> participants,
                    Optional<Location> location, boolean virtual, List<String> topics,
                    Optional<DialogueSeries> series, List<EvidenceSpan> evidence, String rule, String coder) {

    public Event {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(cameo, "cameo");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(dateEnd, "dateEnd");
        source = List.copyOf(source);
        target = List.copyOf(target);
        participants = List.copyOf(participants);
        Objects.requireNonNull(location, "location");
        topics = List.copyOf(topics);
        Objects.requireNonNull(series, "series");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(coder, "coder");
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " of " + doc + " has no evidence");
        }
        if (source.isEmpty()) {
            throw new IllegalArgumentException("event " + id + " of " + doc + " has no source actor");
        }
    }

    /** The codes of every actor on either side, source first. */
    public List<String> actorCodes() {
        return java.util.stream.Stream.concat(source.stream(), target.stream()).map(Actor::code).distinct().toList();
    }
}
