package dev.parley.store.query;

/**
 * Two actors that are parties to the same events: an edge of the actor network.
 *
 * @param first     one actor code (the lower in sort order)
 * @param second    the other
 * @param events    consolidated events with both as parties
 * @param goldstein their mean Goldstein score, from -10 (conflict) to +10 (cooperation)
 */
public record ActorLink(String first, String second, long events, double goldstein) {
}
