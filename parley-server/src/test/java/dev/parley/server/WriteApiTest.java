package dev.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.pipeline.Pipeline;
import dev.parley.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/articles against real servers: one started with a token, one without. */
class WriteApiTest {

    private static final String TOKEN = "test-token-7d1c";
    private static final String ARTICLE = """
            {"id": "%s", "title": "Ministers sign trade memorandum", "published": "2024-03-05",
             "text": "NAIROBI, March 5 - Kenya and Ethiopia signed a trade memorandum in Nairobi on Tuesday, the ministry said."}""";
    private static final String ADDED = ARTICLE.formatted("write-01");
    private static final String REFUSED = ARTICLE.formatted("write-refused");

    @TempDir
    static Path folder;
    private static Store open;
    private static Store closed;
    private static ParleyServer withToken;
    private static ParleyServer withoutToken;

    @BeforeAll
    static void start() throws Exception {
        Pipeline pipeline = Pipeline.standard();
        open = Store.open(folder.resolve("writes.duckdb"));
        closed = Store.open(folder.resolve("read-only.duckdb"));
        withToken = ParleyServer.start(open, pipeline, new ServerSettings("127.0.0.1", 0, Optional.of(TOKEN)));
        withoutToken = ParleyServer.start(closed, pipeline, new ServerSettings("127.0.0.1", 0, Optional.empty()));
    }

    @AfterAll
    static void stop() {
        withToken.close();
        withoutToken.close();
        open.close();
        closed.close();
    }

    @Test
    void aWriteWithoutTheTokenOrWithAWrongOneIs401AndStoresNothing() throws Exception {
        Http http = new Http(withToken.port());
        Http.Answer none = http.post("/api/articles", REFUSED, Optional.empty());
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(none.json().get("error").asText()).contains("Authorization: Bearer");
        Http.Answer wrong = http.post("/api/articles", REFUSED, Optional.of(TOKEN + "x"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(wrong.json().get("error").asText()).contains("token");
        assertThat(http.get("/api/articles/write-refused").status()).isEqualTo(404);
    }

    @Test
    void aWriteWithTheTokenIngestsTheArticleAndSetsAsideBadRecords() throws Exception {
        Http http = new Http(withToken.port());
        Http.Answer answer = http.post("/api/articles", "[" + ADDED + ", {\"id\": \"write-02\"}]", Optional.of(TOKEN));
        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = answer.json();
        assertThat(body.at("/counts/read").asInt()).isEqualTo(2);
        assertThat(body.at("/counts/added").asInt()).isEqualTo(1);
        assertThat(body.at("/counts/events").asInt()).isPositive();
        assertThat(body.get("rejected")).singleElement()
                .satisfies(r -> assertThat(r.get("reason").asText()).contains("no text"));
        JsonNode article = http.get("/api/articles/write-01").json();
        assertThat(article.get("title").asText()).isEqualTo("Ministers sign trade memorandum");
        assertThat(http.get("/api/events?dyad=KEN,ETH&consolidated=true").json().get("total").asInt()).isPositive();

        Http.Answer again = http.post("/api/articles", ADDED, Optional.of(TOKEN));
        assertThat(again.json().at("/counts/unchanged").asInt()).isEqualTo(1);
    }

    @Test
    void aBodyThatIsNotArticleRecordsIs400() throws Exception {
        Http http = new Http(withToken.port());
        for (String body : new String[]{"not json", "\"text\"", "42"}) {
            Http.Answer answer = http.post("/api/articles", body, Optional.of(TOKEN));
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.json().get("parameter").asText()).isEqualTo("body");
            assertThat(answer.json().get("error").asText()).contains("article record");
        }
    }

    @Test
    void aBodyOverTheLimitIs413WithAMessage() throws Exception {
        String huge = "{\"id\": \"big\", \"text\": \"" + "a".repeat((int) ParleyServer.MAX_BODY_BYTES) + "\"}";
        Http.Answer answer = new Http(withToken.port()).post("/api/articles", huge, Optional.of(TOKEN));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.json().get("error").asText()).contains("smaller batches");
    }

    @Test
    void withoutATokenWritesAreOff() throws Exception {
        Http.Answer answer = new Http(withoutToken.port()).post("/api/articles", ADDED, Optional.of(TOKEN));
        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("error").asText()).contains("--token").contains("PARLEY_TOKEN");
    }
}
