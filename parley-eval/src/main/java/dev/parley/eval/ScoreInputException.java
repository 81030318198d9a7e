package dev.parley.eval;

/**
 * A gold file or a prediction file that cannot be scored: a line that is not JSON, an event
 * without a {@code "doc"} field, a gold directory without {@code *.json} files, or a value of a
 * type the scorer cannot use (where {@code score.py} stops with a Python error).
 *
 * <p>The message names the file, and for prediction lines the line number, followed by the
 * reason, as {@code score.py}'s messages do.
 */
public final class ScoreInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ScoreInputException(String message) {
    super(message);
  }

  ScoreInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
