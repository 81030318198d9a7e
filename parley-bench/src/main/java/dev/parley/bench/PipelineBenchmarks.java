package dev.parley.bench;

import dev.parley.api.Article;
import dev.parley.api.CleanArticle;
import dev.parley.api.Event;
import dev.parley.api.Sentence;
import dev.parley.api.Span;
import dev.parley.io.InputRecord;
import dev.parley.io.JsonLinesArticleReader;
import dev.parley.pipeline.ArticleResult;
import dev.parley.pipeline.Pipeline;
import dev.parley.pipeline.actors.ActorEntry;
import dev.parley.pipeline.actors.LanguageLexicon;
import dev.parley.pipeline.actors.MentionFinder;
import dev.parley.pipeline.actors.SentenceAnalysis;
import dev.parley.pipeline.clean.SentenceSplitter;
import dev.parley.pipeline.coding.CodingLexicon;
import dev.parley.pipeline.coding.Predicate;
import dev.parley.pipeline.lexicon.LexiconSource;
import dev.parley.pipeline.lexicon.PhraseMatcher;
import dev.parley.pipeline.text.Token;
import dev.parley.pipeline.text.Tokenizer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The pipeline's hot paths, each timed per article of the team-written sample corpus (14 English, 10 German
 * articles with the boilerplate of real web extracts), taken in turn. Run with
 * {@code java -jar parley-bench/target/parley-bench.jar [regex of benchmark names]}; {@code -h} lists
 * JMH's options.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmarks {

    private static final String SAMPLE = "/dev/parley/bench/articles.jsonl";

    private Pipeline pipeline;
    private SentenceSplitter splitter;
    private MentionFinder mentions;
    private Map<String, LanguageLexicon> lexicons;
    private Map<String, CodingLexicon> codings;
    private List<Article> articles;
    private List<CleanArticle> cleaned;
    /** The tokens of every sentence of every article, for the matchers. */
    private List<List<List<Token>>> tokens;
    private int next;

    @Setup
    public void setUp() {
        LexiconSource source = LexiconSource.bundled();
        pipeline = Pipeline.from(source);
        splitter = new SentenceSplitter(source.rows("abbreviations.tsv").stream().map(r -> r.get("abbreviation"))
                .collect(Collectors.toSet()));
        lexicons = new ConcurrentHashMap<>();
        codings = new ConcurrentHashMap<>();
        mentions = new MentionFinder(l -> lexicon(source, l));
        articles = sample();
        cleaned = articles.stream().map(pipeline::clean).toList();
        tokens = cleaned.stream().map(c -> c.sentences().stream()
                .map(s -> Tokenizer.tokenize(s.text(), s.span().start())).toList()).toList();
        for (CleanArticle c : cleaned) {
            lexicon(source, c.language());
            codings.computeIfAbsent(c.language(), l -> new CodingLexicon(source, l));
        }
    }

    private LanguageLexicon lexicon(LexiconSource source, String language) {
        return lexicons.computeIfAbsent(language, l -> new LanguageLexicon(source, l));
    }

    private static List<Article> sample() {
        List<Article> out = new ArrayList<>();
        try (InputStream in = PipelineBenchmarks.class.getResourceAsStream(SAMPLE)) {
            JsonLinesArticleReader reader = new JsonLinesArticleReader(in, "sample");
            while (reader.hasNext()) {
                if (reader.next() instanceof InputRecord.Read r) {
                    out.add(r.article());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The index of the article this invocation works on: each in turn. */
    private int article() {
        next = next + 1 == articles.size() ? 0 : next + 1;
        return next;
    }

    @Benchmark
    public ArticleResult wholePipeline() {
        return pipeline.process(articles.get(article()));
    }

    @Benchmark
    public CleanArticle cleaning() {
        return pipeline.clean(articles.get(article()));
    }

    /** Sentence splitting of the whole article text as one block. */
    @Benchmark
    public List<Span> segmentation() {
        String text = articles.get(article()).text();
        return splitter.split(text, 0, text.length(), false);
    }

    @Benchmark
    public int tokenizing() {
        int n = 0;
        for (Sentence s : cleaned.get(article()).sentences()) {
            n += Tokenizer.tokenize(s.text(), s.span().start()).size();
        }
        return n;
    }

    /** The two busiest matchers: the gazetteer of states and organisations, and the event triggers. */
    @Benchmark
    public int phraseMatching() {
        int i = article();
        String language = cleaned.get(i).language();
        PhraseMatcher<ActorEntry> names = lexicons.get(language).gazetteer().matcher();
        PhraseMatcher<Predicate> triggers = codings.get(language).predicates();
        int n = 0;
        for (List<Token> sentence : tokens.get(i)) {
            n += names.findLongest(sentence).size() + triggers.findLongest(sentence).size();
        }
        return n;
    }

    @Benchmark
    public List<SentenceAnalysis> actorRecognition() {
        return mentions.analyse(cleaned.get(article()));
    }

    /** Actors, triggers, dates, places and merging of a cleaned article. */
    @Benchmark
    public List<Event> coding() {
        return pipeline.code(cleaned.get(article()));
    }
}
