package dev.parley.server;

import java.util.Optional;

/**
 * A request the API refuses, answered as JSON {@code {status, error, parameter?}} with the HTTP status given.
 * The message says what was wrong and what to do.
 */
final class ApiException extends RuntimeException {

    private final int status;
    private final Optional<String> parameter;

    private ApiException(int status, String message, Optional<String> parameter) {
        super(message);
        this.status = status;
        this.parameter = parameter;
    }

    /** 400: a parameter's value cannot be used; the message says what is allowed. */
    static ApiException badParameter(String parameter, String message) {
        return new ApiException(400, parameter + ": " + message, Optional.of(parameter));
    }

    /** 401: a write without the right bearer token. */
    static ApiException unauthorized(String message) {
        return new ApiException(401, message, Optional.empty());
    }

    /** 403: writes are off on this server. */
    static ApiException forbidden(String message) {
        return new ApiException(403, message, Optional.empty());
    }

    /** 404: nothing stored under this id. */
    static ApiException notFound(String message) {
        return new ApiException(404, message, Optional.empty());
    }

    int status() {
        return status;
    }

    Optional<String> parameter() {
        return parameter;
    }
}
