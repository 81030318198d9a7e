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
 * @param symmetric both sides act alike; otherwise the subject acts on the object
 * @param status    a status the trigger fixes (invitations are proposed)
 * @param origin    file and line, named on every event it codes
 */
public record Predicate(EventType type, String mode, String cameo, boolean symmetric, Optional<EventStatus> status,
                        String origin) {
}
