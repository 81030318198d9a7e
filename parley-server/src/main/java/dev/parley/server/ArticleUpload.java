package dev.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.api.SetAside;
import dev.parley.io.JsonLinesArticleReader;
import dev.parley.pipeline.Pipeline;
import dev.parley.store.ingest.IngestCounts;
import dev.parley.store.ingest.IngestListener;
import dev.parley.store.ingest.Ingester;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Ingests the articles of a request body: one article record (the JSON Lines input format: {@code id} and
 * {@code text} required, {@code url}, {@code title}, {@code published}, {@code language} optional) or an array
 * of them. Each record goes through the same reader as {@code parley ingest}, so it is checked and set aside
 * with the same reasons. Thread-safe: the store is taken for the whole ingest.
 */
final class ArticleUpload {

    private static final String INPUT = "request body";

    private final StoreAccess access;
    private final Pipeline pipeline;

    ArticleUpload(StoreAccess access, Pipeline pipeline) {
        this.access = access;
        this.pipeline = pipeline;
    }

    /** Ingests {@code body}; returns what the ingest did. */
    Result ingest(byte[] body) throws SQLException, InterruptedException {
        byte[] lines = lines(body);
        List<SetAside> rejected = new ArrayList<>();
        IngestCounts counts = access.with(store -> {
            try (Ingester ingester = new Ingester(store, pipeline, Runtime.getRuntime().availableProcessors(),
                    new Rejections(rejected))) {
                ingester.add(new JsonLinesArticleReader(new ByteArrayInputStream(lines), INPUT), INPUT);
                return ingester.finish();
            }
        });
        return new Result(counts, rejected);
    }

    /** The body's records as JSON Lines. */
    private static byte[] lines(byte[] body) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body);
        } catch (IOException e) {
            throw ApiException.badParameter("body", "not JSON (" + e.getMessage().lines().findFirst().orElse("")
                    + "); send one article record {\"id\": ..., \"text\": ...} or an array of them");
        }
        if (root == null || !(root.isObject() || root.isArray())) {
            throw ApiException.badParameter("body", "send one article record {\"id\": ..., \"text\": ...} or an array "
                    + "of them");
        }
        StringBuilder out = new StringBuilder();
        for (JsonNode record : root.isArray() ? root : List.of(root)) {
            out.append(record).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What an upload did.
     *
     * @param counts   the ingest's counts
     * @param rejected the records set aside, with their reasons
     */
    record Result(IngestCounts counts, List<SetAside> rejected) {
    }

    /** Collects set-aside records. */
    private record Rejections(List<SetAside> rejected) implements IngestListener {
        @Override
        public void setAside(SetAside record) {
            rejected.add(record);
        }

        @Override
        public void committed(IngestCounts soFar) {
            // the response reports the final counts
        }

        @Override
        public void consolidating() {
            // nothing to show: the request waits for it
        }
    }
}
