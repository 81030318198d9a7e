package dev.parley.store;

/**
 * A store could not be opened, read or written. The message names the store and says what to do.
 */
public final class StoreException extends Exception {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
