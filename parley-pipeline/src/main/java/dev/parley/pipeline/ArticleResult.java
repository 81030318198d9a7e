package dev.parley.pipeline;

import dev.parley.api.CleanArticle;
import dev.parley.api.Event;

import java.util.List;

/** What the pipeline made of one article: the cleaned article and its events. */
public record ArticleResult(CleanArticle article, List<Event> events) {
    public ArticleResult {
        events = List.copyOf(events);
    }
}
