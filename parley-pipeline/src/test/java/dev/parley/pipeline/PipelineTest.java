package dev.parley.pipeline;

import dev.parley.api.Actor;
import dev.parley.api.Article;
import dev.parley.api.Event;
import dev.parley.api.EventStatus;
import dev.parley.api.EventType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** End to end on team-written articles. */
class PipelineTest {

    private static final Pipeline PIPELINE = Pipeline.standard();

    private static final String ENGLISH = """
            Japan, Philippines sign defence pact

            MANILA (PNA) – Japan and the Philippines on Tuesday signed a reciprocal access agreement in Manila, \
            the foreign ministry said.
            Japanese Defence Minister Kenji Harada and his Philippine counterpart Rafael Domingo also held talks \
            on maritime security.
            Harada invited Domingo to visit Tokyo next year.
            The two ministers will meet again in October, officials said.
            Japan did not sign the separate fisheries protocol.
            """;

    private static List<Event> events(String id, String text, String published) {
        Article a = new Article(id, text, Optional.empty(), Optional.empty(), Optional.of(LocalDate.parse(published)),
                Optional.empty());
        return PIPELINE.process(a).events();
    }

    private static Set<String> codes(Event e) {
        return e.actorCodes().stream().collect(Collectors.toSet());
    }

    private static Optional<Event> find(List<Event> events, EventType type, EventStatus status) {
        return events.stream().filter(e -> e.type() == type && e.status() == status).findFirst();
    }

    @Test
    void codesASigningWithDatePlaceEvidenceAndRule() {
        List<Event> events = events("en-test", ENGLISH, "2024-07-10");
        Event sign = find(events, EventType.SUPPORT, EventStatus.OCCURRED).orElseThrow();
        assertThat(codes(sign)).containsExactlyInAnyOrder("JPN", "PHL");
        assertThat(sign.mode()).isEqualTo("sign");
        assertThat(sign.cameo()).isEqualTo("057");
        assertThat(sign.symmetric()).isTrue();
        assertThat(sign.date()).map(Object::toString).contains("2024-07-09");
        assertThat(sign.location()).flatMap(l -> l.place()).contains("Manila");
        assertThat(sign.evidence()).hasSizeGreaterThanOrEqualTo(2); // headline and lede merged
        assertThat(sign.evidence()).allSatisfy(ev ->
                assertThat(ENGLISH.substring(ev.span().start(), ev.span().end())).isEqualTo(ev.text()));
        assertThat(sign.rule()).contains("predicates.tsv");
        assertThat(sign.coder()).isEqualTo("coder.v1");
    }

    @Test
    void invitationIsProposedAndFutureMeetingIsPlanned() {
        List<Event> events = events("en-test", ENGLISH, "2024-07-10");
        Event invite = find(events, EventType.AGREE, EventStatus.PROPOSED).orElseThrow();
        assertThat(invite.mode()).isEqualTo("invite");
        assertThat(invite.source()).extracting(Actor::code).containsExactly("JPN");
        assertThat(invite.target()).extracting(Actor::code).containsExactly("PHL");
        Event planned = find(events, EventType.CONSULT, EventStatus.PLANNED).orElseThrow();
        assertThat(planned.cameo()).isEqualTo("036");
        assertThat(planned.date()).map(Object::toString).contains("2024-10");
    }

    @Test
    void aNegatedSigningIsNoEvent() {
        List<Event> events = events("en-test", ENGLISH, "2024-07-10");
        assertThat(events.stream().filter(e -> e.type() == EventType.SUPPORT)).hasSize(1);
    }

    @Test
    void codesGermanWithTheTwoSides() {
        String text = """
                Berlin und Warschau vertiefen Zusammenarbeit

                BERLIN, 14. März (dpa) – Der deutsche Außenminister Jonas Weber traf am Dienstag in Berlin seinen \
                polnischen Amtskollegen Piotr Nowak.
                Beide Seiten unterzeichneten ein Abkommen über die Zusammenarbeit im Grenzschutz.
                """;
        List<Event> events = events("de-test", text, "2024-03-14");
        Event meet = find(events, EventType.CONSULT, EventStatus.OCCURRED).orElseThrow();
        assertThat(codes(meet)).containsExactlyInAnyOrder("DEU", "POL");
        assertThat(meet.date()).map(Object::toString).contains("2024-03-12");
        Event sign = find(events, EventType.SUPPORT, EventStatus.OCCURRED).orElseThrow();
        assertThat(codes(sign)).containsExactlyInAnyOrder("DEU", "POL");
    }

    @Test
    void sameOutputOnEveryThreadAndRun() throws Exception {
        List<Event> first = events("en-test", ENGLISH, "2024-07-10");
        var pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Event>>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                runs.add(pool.submit(() -> events("en-test", ENGLISH, "2024-07-10")));
            }
            for (Future<List<Event>> f : runs) {
                assertThat(f.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoEventsOfOneTypeInOneSentenceHaveTheirOwnIds() {
        String text = """
                Chile and Peru talk by phone

                The foreign ministers of Chile and Peru spoke by telephone on Monday and agreed to hold a meeting \
                in Lima next month.
                """;
        List<Event> events = events("es-twins", text, "2025-03-04");
        List<Event> consults = events.stream().filter(e -> e.type() == EventType.CONSULT).toList();
        assertThat(consults).extracting(Event::mode).contains("phone", "meet");
        assertThat(events).extracting(Event::id).doesNotHaveDuplicates();
    }

    @Test
    void anEventIdIsTheDigestOfArticleTypeActorsAndFirstSentence() throws Exception {
        // ids must not change between versions: stored events and analysts' notes refer to them
        for (Event e : events("en-test", ENGLISH, "2024-07-10")) {
            String key = "en-test|" + e.type() + "|" + String.join(",", e.actorCodes()) + "|Span[start="
                    + e.evidence().get(0).span().start() + ", end=" + e.evidence().get(0).span().end() + "]";
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(e.id()).isEqualTo(java.util.HexFormat.of().formatHex(digest).substring(0, 16));
        }
    }

    @Test
    void everyEventCarriesEvidenceWithinTheText() {
        for (Event e : events("en-test", ENGLISH, "2024-07-10")) {
            assertThat(e.evidence()).isNotEmpty();
            e.evidence().forEach(ev -> assertThat(ev.span().end()).isLessThanOrEqualTo(ENGLISH.length()));
            assertThat(e.source()).isNotEmpty();
        }
    }
}
