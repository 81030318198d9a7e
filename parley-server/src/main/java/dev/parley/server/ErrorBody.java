package dev.parley.server;

import java.util.Optional;

/**
 * The JSON body of every error the server answers.
 *
 * @param status    the HTTP status
 * @param error     what went wrong and what to do
 * @param parameter the request parameter at fault, if one is
 */
record ErrorBody(int status, String error, Optional<String> parameter) {
}
