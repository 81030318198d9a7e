package dev.parley.api;

/** Whether an event happened, is scheduled, or was only offered. */
public enum EventStatus {
    OCCURRED, PLANNED, PROPOSED;

    /** The lower-case name used in event records. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
