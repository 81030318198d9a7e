package dev.parley.store.ingest;

import dev.parley.api.SetAside;

/** Hears what an {@link Ingester} does, on the thread that drives it. */
public interface IngestListener {

    /** A record could not be read or processed; the ingest goes on. */
    void setAside(SetAside record);

    /** A batch was committed; {@code soFar} counts every record read until now. */
    void committed(IngestCounts soFar);

    /** Every batch is stored; the consolidation across articles is being recomputed. */
    void consolidating();
}
