package dev.parley.store.query;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

/** Takes query results a chunk at a time, in result order, so large results never sit in memory whole. */
@FunctionalInterface
public interface ChunkSink<T> {
    void accept(List<T> chunk) throws IOException, SQLException;
}
