package dev.parley.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parley.store.query.ArticleQuery;
import dev.parley.store.query.ConsolidatedQuery;
import dev.parley.store.query.EventFilter;
import dev.parley.store.query.EventLoader;
import dev.parley.store.query.EventQuery;
import dev.parley.store.query.Page;
import dev.parley.store.query.StoredEvent;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/events}: events matching the filters of {@code parley events}, a page at a time, per article
 * or consolidated; {@code GET /api/events/{key}}: one event with its article's text, into which its evidence
 * offsets point.
 */
final class EventRoutes {

    private static final List<String> LIST_PARAMETERS = QueryParameters.filterAnd(List.of("limit", "offset",
            "consolidated"));

    private final StoreAccess access;

    EventRoutes(StoreAccess access) {
        this.access = access;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/events", this::list);
        routes.get("/api/events/{key}", this::one);
    }

    private void list(Context ctx) throws SQLException, InterruptedException {
        QueryParameters.allowOnly(ctx, LIST_PARAMETERS);
        EventFilter filter = QueryParameters.filter(ctx);
        Page.Window window = Paging.window(ctx);
        if (QueryParameters.flag(ctx, "consolidated")) {
            ctx.json(access.with(store -> ConsolidatedQuery.page(store, filter, window)));
            return;
        }
        Page<StoredEvent> page = access.with(store -> EventQuery.page(store, filter, window));
        ctx.json(new Page<>(page.total(), page.offset(), page.items().stream().map(Json::event).toList()));
    }

    private void one(Context ctx) throws SQLException, InterruptedException {
        QueryParameters.allowOnly(ctx, List.of());
        String key = ctx.pathParam("key");
        ctx.json(access.with(store -> {
            List<StoredEvent> found = EventLoader.load(store.connection(), List.of(key));
            if (found.isEmpty()) {
                throw ApiException.notFound("no event is stored with the key '" + key
                        + "'; GET /api/events lists them with their keys");
            }
            ObjectNode event = Json.event(found.get(0));
            return Map.of("event", event, "article", ArticleQuery.find(store, found.get(0).event().doc()));
        }));
    }
}
