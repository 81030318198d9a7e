package dev.parley.server;

import java.util.Objects;
import java.util.Optional;

/**
 * How to run the server.
 *
 * @param host  the address to bind; loopback unless the user says otherwise
 * @param port  the port; 0 picks a free one
 * @param token the bearer token that writes need; without one, writes are off
 */
public record ServerSettings(String host, int port, Optional<String> token) {

    /** Where {@code parley serve} listens by default. */
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** The default port. */
    public static final int DEFAULT_PORT = 8080;

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port " + port + " is not a TCP port; choose one from 0 (any free port) to 65535");
        }
        token = token.filter(t -> !t.isBlank());
    }
}
