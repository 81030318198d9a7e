package dev.parley.server;

import dev.parley.api.SetAside;
import dev.parley.io.ArticleInputs;
import dev.parley.io.ReadLimits;
import dev.parley.pipeline.Pipeline;
import dev.parley.store.Store;
import dev.parley.store.ingest.IngestCounts;
import dev.parley.store.ingest.IngestListener;
import dev.parley.store.ingest.Ingester;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A store for the tests: the repository's sample corpus, and a fictional article of the tests' own whose title
 * and text carry markup and scripts, ingested into a file under a temporary folder.
 */
final class SampleStore {

    /** The id of the article full of markup. */
    static final String HOSTILE = "test-hostile-01";

    private static final Path CORPUS = Path.of("..", "corpus", "sample", "articles.jsonl");

    private SampleStore() {
    }

    /** Ingests the sample corpus and the hostile article into {@code folder}/sample.duckdb; returns it opened. */
    static Store create(Path folder, Pipeline pipeline) throws Exception {
        if (!Files.isRegularFile(CORPUS)) {
            throw new IllegalStateException("the sample corpus is missing at " + CORPUS.toAbsolutePath()
                    + "; run the tests from the parley-server folder, as Maven does");
        }
        Store store = Store.open(folder.resolve("sample.duckdb"));
        try (Ingester ingester = new Ingester(store, pipeline, 2, new Strict());
             InputStream hostile = SampleStore.class.getResourceAsStream("hostile-article.jsonl")) {
            ingester.add(ArticleInputs.open(CORPUS.toString(), InputStream.nullInputStream(), ReadLimits.DEFAULT),
                    CORPUS.toString());
            ingester.add(ArticleInputs.read(hostile, "hostile-article.jsonl", ReadLimits.DEFAULT), "hostile-article.jsonl");
            ingester.finish();
        }
        return store;
    }

    /** Fails on any record set aside: every test record must be stored. */
    private static final class Strict implements IngestListener {
        @Override
        public void setAside(SetAside record) {
            throw new IllegalStateException("a test article was set aside: " + record);
        }

        @Override
        public void committed(IngestCounts soFar) {
            // progress is of no interest to the tests
        }

        @Override
        public void consolidating() {
            // nor is this step
        }
    }
}
