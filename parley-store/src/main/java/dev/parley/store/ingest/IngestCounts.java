package dev.parley.store.ingest;

/**
 * What an ingest has done so far.
 *
 * @param read      records read from the inputs, set-aside ones included
 * @param added     articles new to the store
 * @param replaced  articles stored before with another text, whose events were replaced
 * @param unchanged articles stored before with the same text: skipped
 * @param setAside  records that could not be read or processed
 * @param events    events written
 */
public record IngestCounts(long read, long added, long replaced, long unchanged, long setAside, long events) {

    /** Articles whose rows this run wrote. */
    public long written() {
        return added + replaced;
    }
}
