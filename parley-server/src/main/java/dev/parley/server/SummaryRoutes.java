package dev.parley.server;

import dev.parley.store.query.ActorCount;
import dev.parley.store.query.ActorLink;
import dev.parley.store.query.EventAggregates;
import dev.parley.store.query.EventFilter;
import dev.parley.store.query.StoreSummaries;
import dev.parley.store.query.StoreTotals;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Overviews of the store: {@code /api/stats}, {@code /api/actors}, {@code /api/series}, and, over the
 * consolidated events matching the event filters, {@code /api/network} (who deals with whom) and
 * {@code /api/countries} (where).
 */
final class SummaryRoutes {

    private static final List<String> FILTERS = QueryParameters.filterAnd(List.of());

    private final StoreAccess access;

    SummaryRoutes(StoreAccess access) {
        this.access = access;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/stats", this::stats);
        routes.get("/api/actors", ctx -> {
            QueryParameters.allowOnly(ctx, List.of());
            ctx.json(access.with(StoreSummaries::actors));
        });
        routes.get("/api/series", ctx -> {
            QueryParameters.allowOnly(ctx, List.of());
            ctx.json(access.with(StoreSummaries::series));
        });
        routes.get("/api/network", this::network);
        routes.get("/api/countries", ctx -> {
            QueryParameters.allowOnly(ctx, FILTERS);
            EventFilter filter = QueryParameters.filter(ctx);
            ctx.json(access.with(store -> EventAggregates.countries(store, filter)));
        });
    }

    private void stats(Context ctx) throws SQLException, InterruptedException {
        QueryParameters.allowOnly(ctx, List.of());
        ctx.json(access.with(store -> new Stats(StoreTotals.of(store), store.consolidationCurrent())));
    }

    private void network(Context ctx) throws SQLException, InterruptedException {
        QueryParameters.allowOnly(ctx, FILTERS);
        EventFilter filter = QueryParameters.filter(ctx);
        ctx.json(access.with(store -> {
            List<ActorLink> links = EventAggregates.links(store, filter);
            Map<String, String> names = new HashMap<>();
            for (ActorCount a : StoreSummaries.actors(store)) {
                names.put(a.code(), a.name());
            }
            Map<String, Long> events = new TreeMap<>();
            for (ActorLink l : links) {
                events.merge(l.first(), l.events(), Long::sum);
                events.merge(l.second(), l.events(), Long::sum);
            }
            List<Node> nodes = events.entrySet().stream()
                    .map(e -> new Node(e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                    .toList();
            return new Network(nodes, links);
        }));
    }

    /**
     * What the store holds.
     *
     * @param totals              row counts
     * @param consolidationCurrent false when an interrupted ingest left the consolidated events behind
     */
    record Stats(StoreTotals totals, boolean consolidationCurrent) {
    }

    /**
     * An actor in the network.
     *
     * @param code   its code
     * @param name   its most frequent name
     * @param events the events of its links, added up
     */
    record Node(String code, String name, long events) {
    }

    /**
     * The actor network: actors, and a link for each pair that are parties to the same events.
     *
     * @param nodes the actors, by code
     * @param links the pairs, most events first
     */
    record Network(List<Node> nodes, List<ActorLink> links) {
    }
}
