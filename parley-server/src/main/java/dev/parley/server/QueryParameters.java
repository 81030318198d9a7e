package dev.parley.server;

import dev.parley.store.query.EventFilter;
import dev.parley.store.query.FilterParameters;
import dev.parley.store.query.InvalidParameterException;
import io.javalin.http.Context;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Reads and checks a request's query parameters: each endpoint names the ones it takes, and a request with any
 * other is refused, so a misspelt filter never silently selects everything. Stateless.
 */
final class QueryParameters {

    /** The paging parameters of list endpoints. */
    static final List<String> PAGING = List.of("limit", "offset");

    private QueryParameters() {
    }

    /** Refuses the request unless every query parameter it has is one of {@code allowed}. */
    static void allowOnly(Context ctx, Collection<String> allowed) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!allowed.contains(name)) {
                throw ApiException.badParameter(name, "unknown parameter; this endpoint takes "
                        + (allowed.isEmpty() ? "none" : String.join(", ", new TreeSet<>(allowed))));
            }
        }
    }

    /** The names of the filter parameters and {@code more}. */
    static List<String> filterAnd(List<String> more) {
        return Stream.concat(FilterParameters.NAMES.stream(), more.stream()).toList();
    }

    /** The event filter the request's parameters describe. */
    static EventFilter filter(Context ctx) {
        try {
            return FilterParameters.parse(name -> Optional.ofNullable(ctx.queryParam(name)));
        } catch (InvalidParameterException e) {
            throw ApiException.badParameter(e.parameter(), e.getMessage());
        }
    }

    /** A true/false parameter; absent is false. */
    static boolean flag(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank() || text.equalsIgnoreCase("false")) {
            return false;
        }
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        throw ApiException.badParameter(name, "'" + text + "' is not allowed; give true or false");
    }
}
