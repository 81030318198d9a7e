package dev.parley.pipeline.actors;

import java.util.Optional;

/**
 * What a gazetteer form names.
 *
 * @param code   state or organisation code; "-" for a phrase that is known not to be an actor
 * @param sector GOV, MIL, DIP, ... if the form implies one
 * @param kind   name, adjective, demonym, capital, body, alias, or ignore
 * @param name   a readable name of the actor
 */
public record ActorEntry(String code, Optional<String> sector, String kind, String name) {

    /** True for phrases such as "Korean Peninsula" or "New York Times" that contain a name but name no actor. */
    public boolean isIgnored() {
        return code.equals("-");
    }

    public boolean isCapital() {
        return kind.equals("capital");
    }
}
