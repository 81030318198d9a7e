package dev.parley.store.ingest;

import dev.parley.api.Article;
import dev.parley.api.CleanArticle;
import dev.parley.api.Event;
import dev.parley.api.Sentence;
import dev.parley.pipeline.ArticleResult;
import dev.parley.store.Digests;
import dev.parley.store.dedup.MinHash;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One article ready to be written to the store: what the pipeline made of it and its fingerprints.
 *
 * @param article       the article as it arrived
 * @param textSha256    SHA-256 of its text: the same id and hash is the same article
 * @param language      the language the cleaner found
 * @param referenceDate the date the text states, else the feed's
 * @param minhash       the {@link MinHash} signature of its headline and body sentences, empty without words
 * @param events        its events, in pipeline order
 */
public record PreparedArticle(Article article, String textSha256, String language, Optional<LocalDate> referenceDate,
                              Optional<int[]> minhash, List<Event> events) {

    public PreparedArticle {
        events = List.copyOf(events);
    }

    /** Fingerprints a pipeline result. */
    public static PreparedArticle of(ArticleResult result) {
        CleanArticle clean = result.article();
        String coded = clean.sentences().stream().filter(s -> s.kind().isCoded()).map(Sentence::text)
                .collect(Collectors.joining("\n"));
        return new PreparedArticle(clean.article(), Digests.sha256(clean.article().text()), clean.language(),
                clean.referenceDate(), MinHash.of(coded), result.events());
    }
}
