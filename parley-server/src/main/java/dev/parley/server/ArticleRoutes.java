package dev.parley.server;

import dev.parley.store.query.ArticleQuery;
import dev.parley.store.query.Page;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.sql.SQLException;
import java.util.List;

/**
 * {@code GET /api/articles} (a page of stored articles, newest first), {@code GET /api/articles/{id}} (one, with
 * its text) and {@code POST /api/articles} (ingest, with the bearer token).
 */
final class ArticleRoutes {

    private final StoreAccess access;
    private final BearerToken token;
    private final ArticleUpload upload;

    ArticleRoutes(StoreAccess access, BearerToken token, ArticleUpload upload) {
        this.access = access;
        this.token = token;
        this.upload = upload;
    }

    void register(RoutesConfig routes) {
        routes.get("/api/articles", ctx -> {
            QueryParameters.allowOnly(ctx, QueryParameters.PAGING);
            Page.Window window = Paging.window(ctx);
            ctx.json(access.with(store -> ArticleQuery.page(store, window)));
        });
        routes.get("/api/articles/{id}", this::one);
        routes.post("/api/articles", ctx -> {
            QueryParameters.allowOnly(ctx, List.of());
            token.check(ctx);
            ctx.json(upload.ingest(ctx.bodyAsBytes()));
        });
    }

    private void one(Context ctx) throws SQLException, InterruptedException {
        QueryParameters.allowOnly(ctx, List.of());
        String id = ctx.pathParam("id");
        ctx.json(access.with(store -> ArticleQuery.find(store, id)).orElseThrow(() -> ApiException.notFound(
                "no article is stored with the id '" + id + "'; GET /api/articles lists them")));
    }
}
