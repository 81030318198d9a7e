package dev.parley.pipeline.actors;

import java.util.Optional;

/**
 * What a gazetteer form names.
 *
 * @param code   state or organisation code; "-" for a phrase that is known not to be an actor
 * @param sector GOV, MIL, DIP, ... if the form implies one
 * @param kind   name, adjective, demonym, capital, body, alias, initial, or ignore
 * @param name   a readable name of the actor
 */
public record ActorEntry(String code, Optional<String> sector, String kind, String name) {

    /** True for phrases such as "Korean Peninsula" or "New York Times" that contain a name but name no actor. */
    public boolean isIgnored() {
        return code.equals("-");
    }

    /** True for a one-character state abbreviation that names a party only in a compound of two (日米, 中俄). */
    public boolean isInitial() {
        return kind.equals("initial");
    }

    public boolean isCapital() {
        return kind.equals("capital");
    }
}
