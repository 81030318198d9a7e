package dev.parley.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the store lives when no {@code --db} is given: {@code $XDG_DATA_HOME/parley/parley.duckdb}, or
 * {@code ~/.local/share/parley/parley.duckdb} when that variable is unset or not an absolute path (as the XDG
 * base directory specification asks).
 */
public final class StoreLocation {

    private StoreLocation() {
    }

    /** The default store file for this environment and home folder. */
    public static Path defaultFile(Map<String, String> environment, Path home) {
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("parley").resolve("parley.duckdb");
    }

    /** The default store file for this process. */
    public static Path defaultFile() {
        return defaultFile(System.getenv(), Path.of(System.getProperty("user.home")));
    }
}
