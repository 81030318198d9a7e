package dev.parley.pipeline.coding;

import dev.parley.api.EventStatus;
import dev.parley.api.EventType;

import java.util.Optional;

/**
 * An event trigger from predicates.tsv.
 *
 * @param type      PLOVER type
 * @param mode      PLOVER mode
 * @param cameo     CAMEO code
 * @param roles     who acts on whom: both alike, the subject on the object, the object on the subject, the subject on
 *                  an object named right after the trigger, or the subject on the object it asks to act
 * @param status    a status the trigger fixes (invitations are proposed)
 * @param origin    file and line, named on every event it codes
 */
public record Predicate(EventType type, String mode, String cameo, Roles roles, Optional<EventStatus> status,
                        String origin) {

    /** The roles column of predicates.tsv. */
    public enum Roles {
        /** Both sides act alike: met, signed, agreed. */
        SYMMETRIC,
        /** The subject acts on the object: visited, sanctioned. */
        DIRECTED,
        /** The object acts on the subject: "received weapons from Y". */
        INVERSE,
        /** The subject acts on an object named right after the trigger, and only then: "helped Vietnam". */
        TRANSITIVE,
        /** The subject asks the object to act, and is an event only where it does: "wants Putin to attack". */
        ASKS
    }

    public boolean symmetric() {
        return roles == Roles.SYMMETRIC;
    }

    public boolean inverse() {
        return roles == Roles.INVERSE;
    }

    public boolean transitive() {
        return roles == Roles.TRANSITIVE;
    }

    public boolean asks() {
        return roles == Roles.ASKS;
    }
}
