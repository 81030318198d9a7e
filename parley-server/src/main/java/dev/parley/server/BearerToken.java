package dev.parley.server;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Guards writes: a request must carry {@code Authorization: Bearer <token>} with the token the server was
 * started with; a server started without one takes no writes. Compares in constant time. Thread-safe.
 */
final class BearerToken {

    private static final String PREFIX = "Bearer ";

    private final Optional<byte[]> token;

    BearerToken(Optional<String> token) {
        this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    /** Refuses the request unless writes are on and it carries the token. */
    void check(Context ctx) {
        if (token.isEmpty()) {
            throw ApiException.forbidden("writes are off on this server: start parley serve with --token TOKEN "
                    + "(or the environment variable PARLEY_TOKEN) to accept articles");
        }
        String header = ctx.header("Authorization");
        if (header == null || !header.startsWith(PREFIX)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"parley\"");
            throw ApiException.unauthorized("this write needs the server's token: send the header "
                    + "'Authorization: Bearer TOKEN' with the token parley serve was started with");
        }
        byte[] given = header.substring(PREFIX.length()).strip().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token.get())) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"parley\", error=\"invalid_token\"");
            throw ApiException.unauthorized("the bearer token is not the one parley serve was started with; "
                    + "check the token and send it again");
        }
    }
}
