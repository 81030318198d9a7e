package dev.parley.server;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Answers every error as JSON ({@link ErrorBody}): refused requests with their status and message, requests for
 * unknown paths with 404 (Javalin's own refusals, such as 413 for a large body, included), failures with 500 and a pointer to the server's log, where they are written in full.
 */
final class ErrorResponses {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    static void register(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> answer(ctx, e.status(), e.getMessage(), e.parameter()));
        routes.exception(HttpResponseException.class, (e, ctx) ->
                answer(ctx, e.getStatus(), message(e), Optional.empty()));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            answer(ctx, 500, "the server failed on this request (" + e.getClass().getSimpleName()
                    + "); its log has the details", Optional.empty());
        });
    }

    private static String message(HttpResponseException e) {
        if (e.getStatus() == 413) {
            return "the request body is larger than the server takes (" + ParleyServer.MAX_BODY_BYTES / (1024 * 1024)
                    + " MB); send the articles in smaller batches";
        }
        if (e.getStatus() == 404) {
            return e.getMessage() + "; the API is described at /openapi.json, the web UI is at /";
        }
        return e.getMessage();
    }

    private static void answer(Context ctx, int status, String message, Optional<String> parameter) {
        ctx.status(status).json(new ErrorBody(status, message, parameter));
    }
}
