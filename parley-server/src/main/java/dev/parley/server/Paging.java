package dev.parley.server;

import dev.parley.store.query.Page;
import io.javalin.http.Context;

/** The {@code limit} and {@code offset} parameters of list endpoints. Stateless. */
final class Paging {

    /** Results per page when {@code limit} is not given. */
    static final int DEFAULT_LIMIT = 50;
    /** The largest page. */
    static final int MAX_LIMIT = 1_000;

    private Paging() {
    }

    /** The page the request asks for. */
    static Page.Window window(Context ctx) {
        int limit = (int) number(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        long offset = number(ctx, "offset", 0, 0, Long.MAX_VALUE);
        return new Page.Window(limit, offset);
    }

    private static long number(Context ctx, String name, long absent, long min, long max) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below, with the range
        }
        throw ApiException.badParameter(name, "'" + text + "' is not allowed; give a whole number from " + min
                + (max == Long.MAX_VALUE ? " up" : " to " + max));
    }
}
