package dev.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.parley.api.EventType;
import dev.parley.pipeline.Pipeline;
import dev.parley.store.Store;
import dev.parley.store.query.FilterParameters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The read API against a real server on a free port, over a store of the sample corpus. */
class ApiTest {

    @TempDir
    static Path folder;
    private static Store store;
    private static ParleyServer server;
    private static Http http;
    private static long allEvents;

    @BeforeAll
    static void start() throws Exception {
        Pipeline pipeline = Pipeline.standard();
        store = SampleStore.create(folder, pipeline);
        server = ParleyServer.start(store, pipeline, new ServerSettings("127.0.0.1", 0, Optional.empty()));
        http = new Http(server.port());
        allEvents = http.get("/api/events").json().get("total").asLong();
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of("actor=PRK", codes(c -> c.contains("PRK"))),
                Arguments.of("actor=prk", codes(c -> c.contains("PRK"))),
                Arguments.of("dyad=KOR,JPN", codes(c -> c.contains("KOR") && c.contains("JPN"))),
                Arguments.of("type=SANCTION", field("type", "SANCTION")),
                Arguments.of("type=sanction", field("type", "SANCTION")),
                Arguments.of("mode=visit", field("mode", "visit")),
                Arguments.of("status=planned", field("status", "planned")),
                Arguments.of("since=2024", lastDate(d -> d.compareTo("2024") >= 0)),
                Arguments.of("until=2023", (Predicate<JsonNode>) e -> e.get("date").asText().substring(0, 4).compareTo("2023") <= 0),
                Arguments.of("place=Tokyo", (Predicate<JsonNode>) e -> e.path("location").path("place").asText().equals("Tokyo")),
                Arguments.of("place=USA", (Predicate<JsonNode>) e -> e.path("location").path("country").asText().equals("USA")),
                Arguments.of("series=2%2B2", (Predicate<JsonNode>) e -> e.path("series").path("name").asText().equals("2+2")),
                Arguments.of("text=imposed+SANCTIONS", (Predicate<JsonNode>) e -> evidence(e).contains("imposed")
                        && evidence(e).contains("sanctions")),
                Arguments.of("type=CONSULT&place=Tokyo", field("type", "CONSULT")
                        .and(e -> e.path("location").path("place").asText().equals("Tokyo"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("filters")
    void eachFilterSelectsOnlyMatchingEvents(String query, Predicate<JsonNode> holds) throws Exception {
        JsonNode page = http.get("/api/events?limit=1000&" + query).json();
        assertThat(page.get("total").asLong()).isPositive().isLessThan(allEvents);
        assertThat(page.get("items")).hasSize(page.get("total").asInt()).allSatisfy(e -> assertThat(holds).accepts(e));
    }

    @Test
    void everyFilterOfParleyEventsIsAnApiParameter() throws Exception {
        for (String name : FilterParameters.NAMES) {
            assertThat(http.get("/api/events?" + name + "=x").status()).as(name).isNotEqualTo(500);
        }
        JsonNode doc = http.get("/openapi.json").json();
        List<String> documented = new ArrayList<>();
        doc.at("/paths/~1api~1events/get/parameters").forEach(p -> documented.add(p.get("$ref").asText()
                .replace("#/components/parameters/", "")));
        assertThat(documented).containsAll(FilterParameters.NAMES).contains("consolidated", "limit", "offset");
    }

    @Test
    void pagesSplitTheResultsWithoutGapsOrOverlaps() throws Exception {
        List<String> whole = keys(http.get("/api/events?limit=1000").json());
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < allEvents; offset += 7) {
            JsonNode page = http.get("/api/events?limit=7&offset=" + offset).json();
            assertThat(page.get("total").asLong()).isEqualTo(allEvents);
            assertThat(page.get("offset").asInt()).isEqualTo(offset);
            paged.addAll(keys(page));
        }
        assertThat(paged).hasSize((int) allEvents).isEqualTo(whole);
        assertThat(http.get("/api/events").json().get("items")).hasSize(Paging.DEFAULT_LIMIT);
        assertThat(http.get("/api/events?offset=100000").json().get("items")).isEmpty();
    }

    @Test
    void consolidatedEventsAreFilteredAndPagedTheSameWay() throws Exception {
        JsonNode all = http.get("/api/events?consolidated=true&limit=1000").json();
        assertThat(all.get("total").asLong()).isPositive().isLessThanOrEqualTo(allEvents);
        JsonNode dyad = http.get("/api/events?consolidated=true&dyad=KOR,JPN&limit=2&offset=1").json();
        assertThat(dyad.get("total").asLong()).isGreaterThan(2).isLessThan(all.get("total").asLong());
        assertThat(dyad.get("items")).hasSize(2).allSatisfy(c -> {
            assertThat(texts(c.get("actorCodes"), "")).contains("KOR", "JPN");
            assertThat(c.get("reports")).isNotEmpty();
            assertThat(c.get("representativeEvent").asText()).isNotEmpty();
        });
    }

    @Test
    void anEventComesWithItsArticleWhoseTextHoldsItsEvidenceAtItsOffsets() throws Exception {
        for (String key : keys(http.get("/api/events?limit=40").json())) {
            JsonNode answer = http.get("/api/events/" + key).json();
            JsonNode event = answer.get("event");
            String text = answer.get("article").get("text").asText();
            assertThat(event.get("key").asText()).isEqualTo(key);
            assertThat(answer.get("article").get("id").asText()).isEqualTo(event.get("doc").asText());
            assertThat(answer.get("article").get("events")).extracting(JsonNode::asText).contains(key);
            for (JsonNode span : event.get("evidence")) {
                assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt()))
                        .isEqualTo(span.get("text").asText());
            }
        }
    }

    @Test
    void unknownEventsAndArticlesAre404WithAMessage() throws Exception {
        Http.Answer event = http.get("/api/events/no-such-event");
        assertThat(event.status()).isEqualTo(404);
        assertThat(event.json().get("error").asText()).contains("no-such-event").contains("/api/events");
        Http.Answer article = http.get("/api/articles/no-such-article");
        assertThat(article.status()).isEqualTo(404);
        assertThat(article.json().get("error").asText()).contains("no-such-article");
        Http.Answer path = http.get("/api/nothing");
        assertThat(path.status()).isEqualTo(404);
        assertThat(path.json().get("error").asText()).contains("/openapi.json");
    }

    static Stream<Arguments> badParameters() {
        return Stream.of(
                Arguments.of("/api/events?type=MEETING", "type", "CONSULT"),
                Arguments.of("/api/events?status=done", "status", "occurred, planned, proposed"),
                Arguments.of("/api/events?since=May+2024", "since", "2024-05"),
                Arguments.of("/api/events?until=2024-13-99x", "until", "2024-05-15"),
                Arguments.of("/api/events?dyad=KOR", "dyad", "two actor codes"),
                Arguments.of("/api/events?limit=0", "limit", "from 1 to 1000"),
                Arguments.of("/api/events?limit=ten", "limit", "whole number"),
                Arguments.of("/api/events?offset=-1", "offset", "from 0 up"),
                Arguments.of("/api/events?consolidated=yes", "consolidated", "true or false"),
                Arguments.of("/api/events?actr=PRK", "actr", "actor, consolidated, dyad"),
                Arguments.of("/api/network?type=MEETING", "type", "CONSULT"),
                Arguments.of("/api/countries?limit=5", "limit", "actor, dyad"),
                Arguments.of("/api/articles?offset=x", "offset", "whole number"),
                Arguments.of("/api/actors?sort=name", "sort", "takes none"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badParameters")
    void aBadParameterIs400NamingItAndWhatIsAllowed(String request, String parameter, String allowed) throws Exception {
        Http.Answer answer = http.get(request);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/json");
        JsonNode body = answer.json();
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("parameter").asText()).isEqualTo(parameter);
        assertThat(body.get("error").asText()).startsWith(parameter + ": ").contains(allowed);
    }

    @Test
    void articlesArePagedNewestFirstWithoutTextsAndOneComesWithItsText() throws Exception {
        JsonNode page = http.get("/api/articles?limit=100").json();
        assertThat(page.get("total").asInt()).isEqualTo(25);
        List<String> dates = new ArrayList<>();
        page.get("items").forEach(a -> {
            assertThat(a.get("text").isNull()).isTrue();
            if (!a.get("referenceDate").isNull()) {
                dates.add(a.get("referenceDate").asText());
            }
        });
        assertThat(dates).isSortedAccordingTo(Comparator.reverseOrder());
        JsonNode one = http.get("/api/articles/en-01").json();
        assertThat(one.get("text").asText()).hasSize(one.get("textChars").asInt());
        assertThat(one.get("events")).isNotEmpty();
    }

    @Test
    void actorsSeriesAndStatsDescribeTheStore() throws Exception {
        JsonNode actors = http.get("/api/actors").json();
        assertThat(actors).isNotEmpty();
        assertThat(actors.get(0).get("events").asLong()).isGreaterThanOrEqualTo(actors.get(actors.size() - 1).get("events").asLong());
        assertThat(texts(actors, "/code")).contains("PRK", "KOR", "JPN");
        assertThat(texts(http.get("/api/series").json(), "/name")).contains("2+2");
        JsonNode stats = http.get("/api/stats").json();
        assertThat(stats.at("/totals/articles").asInt()).isEqualTo(25);
        assertThat(stats.at("/totals/events").asLong()).isEqualTo(allEvents);
        assertThat(stats.get("consolidationCurrent").asBoolean()).isTrue();
    }

    @Test
    void theNetworkLinksPartiesWithEventCountsAndScores() throws Exception {
        JsonNode network = http.get("/api/network").json();
        Set<String> nodes = new HashSet<>(texts(network.get("nodes"), "/code"));
        JsonNode links = network.get("links");
        assertThat(links).isNotEmpty();
        long previous = Long.MAX_VALUE;
        for (JsonNode l : links) {
            assertThat(nodes).contains(l.get("first").asText(), l.get("second").asText());
            assertThat(l.get("first").asText()).isLessThan(l.get("second").asText());
            assertThat(l.get("events").asLong()).isPositive().isLessThanOrEqualTo(previous);
            assertThat(l.get("goldstein").asDouble()).isBetween(-10.0, 10.0);
            previous = l.get("events").asLong();
        }
        long korJpn = http.get("/api/events?consolidated=true&dyad=KOR,JPN").json().get("total").asLong();
        assertThat(links).filteredOn(l -> l.get("first").asText().equals("JPN") && l.get("second").asText().equals("KOR"))
                .singleElement().satisfies(l -> assertThat(l.get("events").asLong()).isEqualTo(korJpn));
        JsonNode sanctions = http.get("/api/network?type=SANCTION").json().get("links");
        assertThat(sanctions).isNotEmpty().allSatisfy(l -> assertThat(l.get("goldstein").asDouble()).isNegative());
    }

    @Test
    void countriesCountTheConsolidatedEventsPlacedInThem() throws Exception {
        JsonNode countries = http.get("/api/countries").json();
        assertThat(countries).isNotEmpty();
        for (JsonNode c : countries) {
            long placed = http.get("/api/events?consolidated=true&place=" + c.get("country").asText()).json()
                    .get("total").asLong();
            assertThat(c.get("events").asLong()).as(c.get("country").asText()).isEqualTo(placed);
        }
        assertThat(texts(http.get("/api/countries?actor=PRK").json(), "/country")).contains("USA").doesNotContain("IDN");
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpointAndTheTypes() throws Exception {
        JsonNode doc = http.get("/openapi.json").json();
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Iterator<String> paths = doc.get("paths").fieldNames();
        while (paths.hasNext()) {
            String path = paths.next().replace("{key}", keys(http.get("/api/events?limit=1").json()).get(0))
                    .replace("{id}", "en-01");
            assertThat(http.get(path).status()).as(path).isEqualTo(200);
        }
        assertThat(texts(doc.at("/components/parameters/type/schema/enum"), ""))
                .containsExactlyElementsOf(Arrays.stream(EventType.values()).map(Enum::name).toList());
    }

    @Test
    void everyResponseCarriesAContentSecurityPolicyWithoutInlineScripts() throws Exception {
        for (String path : List.of("/", "/app.js", "/api/stats", "/api/events?type=x")) {
            Http.Answer answer = http.get(path);
            assertThat(answer.header("Content-Security-Policy")).as(path).contains("script-src 'self'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
            assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void theWebUiAndItsBundledFilesAreServed() throws Exception {
        Http.Answer page = http.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.response().body()).contains("<script type=\"module\" src=\"app.js\"></script>")
                .doesNotContain("http://").doesNotContain("https://");
        assertThat(http.get("/app.js").status()).isEqualTo(200);
        assertThat(http.get("/countries-110m.json").json().at("/objects/countries/geometries")).isNotEmpty();
        assertThat(http.get("/licenses.txt").response().body()).contains("world-atlas").contains("d3-geo");
    }

    private static List<String> keys(JsonNode page) {
        return texts(page.get("items"), "/key");
    }

    /** The text at {@code pointer} ("" for the element itself) in each element of {@code array}. */
    private static List<String> texts(JsonNode array, String pointer) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.at(pointer).asText()));
        return out;
    }

    private static Predicate<JsonNode> codes(Predicate<Set<String>> holds) {
        return e -> {
            Set<String> codes = new HashSet<>(texts(e.get("source"), "/code"));
            codes.addAll(texts(e.get("target"), "/code"));
            return holds.test(codes);
        };
    }

    private static Predicate<JsonNode> field(String name, String value) {
        return e -> e.get(name).asText().equals(value);
    }

    private static Predicate<JsonNode> lastDate(Predicate<String> holds) {
        return e -> holds.test((e.get("date_end").isNull() ? e.get("date") : e.get("date_end")).asText());
    }

    private static String evidence(JsonNode e) {
        StringBuilder out = new StringBuilder();
        e.get("evidence").forEach(v -> out.append(v.get("text").asText().toLowerCase(Locale.ROOT)).append(' '));
        return out.toString();
    }
}
