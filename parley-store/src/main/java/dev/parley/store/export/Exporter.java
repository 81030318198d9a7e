package dev.parley.store.export;

import dev.parley.store.Store;
import dev.parley.store.output.EventsOutput;
import dev.parley.store.output.OutputFormat;
import dev.parley.store.query.EventFilter;
import dev.parley.store.query.EventQuery;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;

/** Writes a whole store in one of the {@link ExportFormat}s. */
public final class Exporter {

    private Exporter() {
    }

    /**
     * Writes {@code store} to {@code target}: a file, or for Parquet a folder. Returns the records written:
     * events, or consolidated events for GDELT.
     */
    public static long write(Store store, ExportFormat format, Path target) throws SQLException, IOException {
        if (format == ExportFormat.PARQUET) {
            return ParquetExport.write(store, target);
        }
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            if (format == ExportFormat.GDELT) {
                return GdeltExport.write(store, out);
            }
            EventsOutput events = new EventsOutput(format == ExportFormat.CSV ? OutputFormat.CSV : OutputFormat.JSONL, out);
            long n = EventQuery.forEach(store, EventFilter.ALL, events);
            events.finish();
            return n;
        }
    }
}
