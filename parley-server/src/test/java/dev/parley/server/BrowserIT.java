package dev.parley.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.parley.pipeline.Pipeline;
import dev.parley.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web UI in headless Chromium (Debian's, which the build installs when missing), against a real server
 * over the sample corpus and a fictional article full of markup. Screenshots go to target/screenshots.
 */
class BrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run");

    @TempDir
    static Path folder;
    private static Store store;
    private static ParleyServer server;
    private static Playwright playwright;
    private static Browser browser;
    private static String base;
    private static Http http;

    private Page page;
    private final List<String> dialogs = new ArrayList<>();
    private final List<String> pageErrors = new ArrayList<>();
    private final List<String> foreignRequests = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        assertThat(CHROMIUM).as("Debian's chromium, which the build installs (parley-server/ensure-chromium.sh)")
                .isExecutable();
        Pipeline pipeline = Pipeline.standard();
        store = SampleStore.create(folder, pipeline);
        server = ParleyServer.start(store, pipeline, new ServerSettings("127.0.0.1", 0, Optional.empty()));
        base = "http://127.0.0.1:" + server.port();
        http = new Http(server.port());
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
                .setHeadless(true).setArgs(ARGS));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        browser.close();
        playwright.close();
        server.close();
        store.close();
    }

    @BeforeEach
    void openPage() {
        page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1280, 900));
        page.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        page.onPageError(pageErrors::add);
        page.onRequest(r -> {
            if (!r.url().startsWith(base)) {
                foreignRequests.add(r.url());
            }
        });
    }

    @AfterEach
    void closePage() {
        page.close();
        assertThat(dialogs).as("dialogs opened").isEmpty();
        assertThat(pageErrors).as("script errors").isEmpty();
        assertThat(foreignRequests).as("requests to other origins").isEmpty();
    }

    private void open(String route) {
        page.navigate(base + "/" + route);
        assertThat(page.locator("body[data-ready=true]")).hasCount(1);
    }

    private void screenshot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    @Test
    void theEventsTableFiltersAndPages() throws Exception {
        long total = http.get("/api/events").json().get("total").asLong();
        open("#/events");
        Locator rows = page.locator("table.events tbody tr");
        assertThat(rows).hasCount(25);
        assertThat(page.locator(".pager .count")).hasText("1–25 of " + total);
        page.locator("a[rel=next]").click();
        assertThat(page.locator(".pager .count")).hasText("26–50 of " + total);

        page.locator("input[name=actor]").fill("PRK");
        page.locator("select[name=type]").selectOption("SANCTION");
        page.locator("form.filters button[type=submit]").click();
        long sanctions = http.get("/api/events?actor=PRK&type=SANCTION").json().get("total").asLong();
        assertThat(page.locator(".pager .count")).hasText("1–" + sanctions + " of " + sanctions);
        assertThat(rows).hasCount((int) sanctions);
        for (String cells : rows.allInnerTexts()) {
            assertThat(cells).contains("PRK").contains("SANCTION/");
        }
        assertThat(page.locator("input[name=actor]")).hasValue("PRK");
        screenshot("events-filtered");

        page.locator("input[name=consolidated]").check();
        page.locator("form.filters button[type=submit]").click();
        assertThat(page.locator("h1")).hasText("Consolidated events");
        assertThat(rows.first()).containsText("PRK");
    }

    @Test
    void aBadFilterShowsTheServersMessage() {
        open("#/events?since=May");
        assertThat(page.locator("[role=alert]")).containsText("since: 'May' is not a date");
    }

    @Test
    void anEventShowsItsArticleWithTheEvidenceHighlighted() throws Exception {
        open("#/events?dyad=KOR,JPN");
        page.locator("td.evidence a").first().click();
        assertThat(page.locator("body[data-page=event][data-ready=true]")).hasCount(1);
        String key = page.url().substring(page.url().lastIndexOf('/') + 1);
        JsonNode event = http.get("/api/events/" + key).json().get("event");
        Locator marks = page.locator(".article-text mark.evidence");
        assertThat(marks).hasCount(event.get("evidence").size());
        assertThat(marks.first()).hasText(event.get("evidence").get(0).get("text").asText());
        assertThat(marks.first()).isVisible();
        assertThat(page.locator(".facts")).containsText(event.get("rule").asText());
        screenshot("event");
    }

    @Test
    void theTimelineShowsTheDyadsEvents() throws Exception {
        JsonNode events = http.get("/api/events?consolidated=true&dyad=JPN,KOR&limit=1000").json();
        long dated = 0;
        for (JsonNode e : events.get("items")) {
            dated += e.get("date").isNull() ? 0 : 1;
        }
        open("#/timeline?a=JPN&b=KOR");
        assertThat(page.locator("svg.timeline circle")).hasCount((int) dated);
        assertThat(page.locator(".timeline-list li")).hasCount(events.get("total").asInt());
        screenshot("timeline");
        page.locator("svg.timeline a").first().click();
        assertThat(page.locator("body[data-page=event][data-ready=true] mark.evidence").first()).isVisible();
    }

    @Test
    void theNetworkDrawsALinePerPairAndANodePerActor() throws Exception {
        JsonNode network = http.get("/api/network").json();
        open("#/network");
        assertThat(page.locator("svg.network .links line")).hasCount(network.get("links").size());
        assertThat(page.locator("svg.network .nodes circle")).hasCount(network.get("nodes").size());
        assertThat(page.locator("svg.network .links line").first()).hasAttribute("stroke", Pattern.compile("rgb\\(.+\\)"));
        screenshot("network");
    }

    @Test
    void theMapShadesTheCountriesWithEvents() throws Exception {
        JsonNode countries = http.get("/api/countries").json();
        open("#/map");
        assertThat(page.locator("svg.map path")).hasCount(177);
        Locator usa = page.locator("svg.map a[data-country=USA] path.has-events");
        assertThat(usa).hasCount(1);
        String fill = "p => getComputedStyle(p).fill";
        assertThat(usa.evaluate(fill)).isNotEqualTo(page.locator("svg.map path:not(.has-events)").first().evaluate(fill));
        assertThat(page.locator("table.countries tr")).hasCount(countries.size());
        screenshot("map");
        page.locator("svg.map a[data-country=USA]").click();
        assertThat(page.locator("h1")).hasText("Consolidated events");
        assertThat(page.locator("input[name=place]")).hasValue("USA");
    }

    @Test
    void theSeriesPageListsSeriesAndTheirSessions() throws Exception {
        long sessions = http.get("/api/events?consolidated=true&series=2%2B2").json().get("total").asLong();
        open("#/series");
        assertThat(page.locator("table.series tbody tr")).hasCount(http.get("/api/series").json().size());
        page.locator("table.series a", new Page.LocatorOptions().setHasText("2+2")).click();
        assertThat(page.locator(".timeline-list li")).hasCount((int) sessions);
        screenshot("series");
    }

    @Test
    void markupInAnArticleIsShownAsTextAndRunsNothing() throws Exception {
        JsonNode article = http.get("/api/articles/" + SampleStore.HOSTILE).json();
        assertThat(article.get("events")).as("the hostile article must have an event to open").isNotEmpty();
        open("#/event/" + article.get("events").get(0).asText());
        assertThat(page.locator(".article-title")).hasText(article.get("title").asText());
        assertThat(page.locator(".article-text")).containsText("<script>window.parleyPwned = true; alert('pwned')</script>");
        assertThat(page.locator(".article-text")).containsText("<img src=x onerror=\"alert('pwned-img')\">");
        assertThat(page.locator("main img")).hasCount(0);
        assertThat(page.locator("main script")).hasCount(0);
        assertThat(page.evaluate("() => window.parleyPwned === undefined && document.title === 'Parley'")).isEqualTo(true);
        screenshot("hostile-article");
    }
}
