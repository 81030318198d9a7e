package dev.parley.pipeline.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where lexicon files come from: the files bundled in this module, then a user's folder laid out
 * the same way ({@code en/actors.tsv}, {@code places.tsv}), whose rows are added after the bundled ones.
 * Thread-safe: it only reads.
 */
public final class LexiconSource {

    private static final String BUNDLED = "/dev/parley/lexicon/";
    private final Optional<Path> userDir;

    private LexiconSource(Optional<Path> userDir) {
        this.userDir = userDir;
    }

    /** Only the bundled files. */
    public static LexiconSource bundled() {
        return new LexiconSource(Optional.empty());
    }

    /** The bundled files extended by the files in {@code dir}. */
    public static LexiconSource withUserDir(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new LexiconException(dir + ": lexicon folder not found; give a folder laid out like the bundled "
                    + "lexicon (for example en/actors.tsv)");
        }
        return new LexiconSource(Optional.of(dir));
    }

    /**
     * Rows of {@code name} (e.g. "en/actors.tsv"), bundled first, then the user's.
     * A file absent from both gives no rows: not every language has every file.
     */
    public List<TsvRow> rows(String name) {
        List<TsvRow> rows = new ArrayList<>();
        try (InputStream in = LexiconSource.class.getResourceAsStream(BUNDLED + name)) {
            if (in != null) {
                read(in, "lexicon/" + name, rows);
            }
            if (userDir.isPresent()) {
                Path p = userDir.get().resolve(name);
                if (Files.isRegularFile(p)) {
                    try (InputStream uin = Files.newInputStream(p)) {
                        read(uin, p.toString(), rows);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon file " + name + ": " + e.getMessage(), e);
        }
        return rows;
    }

    private static void read(InputStream in, String origin, List<TsvRow> rows) throws IOException {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String[] header = null;
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (header == null) {
                header = Arrays.stream(cells).map(String::trim).toArray(String[]::new);
                continue;
            }
            if (cells.length > header.length) {
                throw new LexiconException(origin + ":" + n + ": " + cells.length + " cells but the header names "
                        + header.length + " columns (" + String.join(", ", header) + "); check the tabs");
            }
            Map<String, String> map = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                map.put(header[i], i < cells.length ? cells[i].trim() : "");
            }
            rows.add(new TsvRow(origin + ":" + n, map));
        }
    }
}
