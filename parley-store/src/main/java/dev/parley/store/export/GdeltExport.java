package dev.parley.store.export;

import dev.parley.api.Event;
import dev.parley.store.Store;
import dev.parley.store.query.ConsolidatedEvent;
import dev.parley.store.query.ConsolidatedQuery;
import dev.parley.store.query.EventFilter;
import dev.parley.store.query.EventLoader;
import dev.parley.store.query.StoredEvent;

import java.io.IOException;
import java.io.Writer;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes a store's consolidated events as GDELT 2.0 event records, one per line, tab-separated, no header. */
public final class GdeltExport {

    private GdeltExport() {
    }

    /** Writes the records; returns how many. */
    public static long write(Store store, Writer out) throws SQLException, IOException {
        long n = ConsolidatedQuery.forEach(store, EventFilter.ALL, chunk -> {
            Map<String, Event> representatives = representatives(store, chunk);
            for (ConsolidatedEvent c : chunk) {
                Event rep = representatives.get(c.representativeEvent());
                if (rep == null) {
                    throw new IllegalStateException("consolidated event " + c.id() + " names a missing report "
                            + c.representativeEvent() + "; run parley ingest again to recompute the consolidation");
                }
                out.write(String.join("\t", GdeltRow.of(c, rep)));
                out.write('\n');
            }
        });
        out.flush();
        return n;
    }

    private static Map<String, Event> representatives(Store store, List<ConsolidatedEvent> chunk) throws SQLException {
        Map<String, Event> out = new HashMap<>();
        for (StoredEvent e : EventLoader.load(store.connection(),
                chunk.stream().map(ConsolidatedEvent::representativeEvent).toList())) {
            out.put(e.key(), e.event());
        }
        return out;
    }
}
