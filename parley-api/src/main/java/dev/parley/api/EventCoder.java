package dev.parley.api;

import java.util.List;

/** Turns a cleaned article into events, one per real-world interaction. */
public interface EventCoder extends Stage<CleanArticle, List<Event>> {
}
