package dev.parley.pipeline;

import dev.parley.api.Article;
import dev.parley.api.ArticleCleaner;
import dev.parley.api.CleanArticle;
import dev.parley.api.Event;
import dev.parley.api.EventCoder;
import dev.parley.pipeline.actors.LanguageLexicon;
import dev.parley.pipeline.actors.MentionFinder;
import dev.parley.pipeline.clean.BoilerplateRules;
import dev.parley.pipeline.clean.LanguageGuesser;
import dev.parley.pipeline.clean.SentenceSplitter;
import dev.parley.pipeline.clean.TextCleaner;
import dev.parley.pipeline.coding.CameoTable;
import dev.parley.pipeline.coding.CodingLexicon;
import dev.parley.pipeline.coding.LexiconEventCoder;
import dev.parley.pipeline.lexicon.LexiconSource;
import dev.parley.pipeline.place.PlaceGazetteer;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The whole extraction: clean and segment, recognise actors, code events. Built once from a
 * {@link LexiconSource} and shared: {@link #process} is thread-safe and deterministic (the same article
 * gives the same events, on any thread). Lexicons of a language are compiled on first use.
 */
public final class Pipeline {

    private final ArticleCleaner cleaner;
    private final EventCoder coder;

    private Pipeline(ArticleCleaner cleaner, EventCoder coder) {
        this.cleaner = cleaner;
        this.coder = coder;
    }

    /** A pipeline over the bundled lexicons. */
    public static Pipeline standard() {
        return from(LexiconSource.bundled());
    }

    /** A pipeline over the given lexicons. */
    public static Pipeline from(LexiconSource source) {
        Map<String, LanguageLexicon> languages = new ConcurrentHashMap<>();
        Map<String, CodingLexicon> codings = new ConcurrentHashMap<>();
        Function<String, LanguageLexicon> lexicon = lang -> languages.computeIfAbsent(lang,
                l -> new LanguageLexicon(source, l));
        Function<String, CodingLexicon> coding = lang -> codings.computeIfAbsent(lang, l -> new CodingLexicon(source, l));
        Set<String> abbreviations = source.rows("abbreviations.tsv").stream().map(r -> r.get("abbreviation"))
                .collect(Collectors.toSet());
        ArticleCleaner cleaner = new TextCleaner(new LanguageGuesser(source), new SentenceSplitter(abbreviations),
                new BoilerplateRules(source), lang -> lexicon.apply(lang).dates());
        EventCoder coder = new LexiconEventCoder(new MentionFinder(lexicon), lexicon, coding,
                new PlaceGazetteer(source), new CameoTable(source));
        return new Pipeline(cleaner, coder);
    }

    /** Cleans the article and codes its events. */
    public ArticleResult process(Article article) {
        CleanArticle clean = cleaner.apply(article);
        return new ArticleResult(clean, code(clean));
    }

    /** Only the cleaning step, for users tuning the cleaner. */
    public CleanArticle clean(Article article) {
        return cleaner.apply(article);
    }

    /** Only the coding step (actors, events, their dates and places), for timing it apart from cleaning. */
    public List<Event> code(CleanArticle clean) {
        return coder.apply(clean);
    }
}
