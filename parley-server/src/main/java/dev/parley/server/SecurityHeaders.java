package dev.parley.server;

import io.javalin.http.Context;

/**
 * Headers on every response that keep the untrusted text of articles inert in the browser: scripts, styles and
 * connections only from this server and never inline, no framing, no content sniffing, no referrer.
 */
final class SecurityHeaders {

    /** The Content-Security-Policy: no inline or foreign scripts, nothing fetched from elsewhere. */
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static void add(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
    }
}
