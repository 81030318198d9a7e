package dev.parley.store.query;

/**
 * A query parameter's value cannot be used. The message says what was given and what is allowed; the
 * parameter is named apart so that each front end can show it its own way ({@code --type}, {@code ?type=}).
 */
public final class InvalidParameterException extends IllegalArgumentException {

    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The parameter's name, without dashes: {@code type}, {@code since}, {@code limit}. */
    public String parameter() {
        return parameter;
    }
}
