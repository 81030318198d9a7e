package dev.parley.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Enum constants named by users in any case, with a message listing the choices when the name is unknown. */
public final class EnumNames {

    private EnumNames() {
    }

    /**
     * The constant of {@code type} named {@code name}, ignoring case and surrounding blanks.
     *
     * @throws IllegalArgumentException naming {@code what} was asked for and every choice, in lower case
     */
    public static <E extends Enum<E>> E parse(Class<E> type, String what, String name) {
        return parse(type, what, name, c -> c.name().toLowerCase(Locale.ROOT));
    }

    /** As {@link #parse(Class, String, String)}, the choices written by {@code label} in the message. */
    public static <E extends Enum<E>> E parse(Class<E> type, String what, String name, Function<E, String> label) {
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown " + what + " '" + name + "'; choose one of "
                    + Arrays.stream(type.getEnumConstants()).map(label).collect(Collectors.joining(", ")));
        }
    }
}
