package dev.parley.cli;

import dev.parley.api.Actor;
import dev.parley.api.Article;
import dev.parley.api.Event;
import dev.parley.api.EventStatus;
import dev.parley.api.EventType;
import dev.parley.api.EvidenceSpan;
import dev.parley.api.Location;
import dev.parley.api.PartialDate;
import dev.parley.api.Span;
import dev.parley.store.ingest.PreparedArticle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Seeded synthetic articles for store benchmarks: each with {@value #EVENTS_PER_ARTICLE} events between
 * random pairs of {@value #ACTORS} states, on random days of 2015-2024 (one in ten at month precision),
 * half of them with a country. Not realistic text: only shaped like what the store holds.
 */
final class SyntheticEvents {

    static final int EVENTS_PER_ARTICLE = 4;
    static final int ACTORS = 60;
    private static final String[][] KINDS = {{"CONSULT", "meet", "040", "1.0"}, {"CONSULT", "phone", "041", "1.0"},
            {"CONSULT", "visit", "042", "1.9"}, {"AGREE", "agree", "030", "4.0"}, {"SUPPORT", "sign", "057", "8.0"},
            {"REQUEST", "appeal", "020", "3.0"}, {"SANCTION", "sanction", "163", "-8.0"},
            {"THREATEN", "threaten", "130", "-4.4"}};
    private static final String[] TOPICS = {"maritime security", "trade", "climate", "energy", "peacekeeping",
            "migration", "cyber security", "arms control", "fisheries", "health"};

    private final Random random;
    private final List<String> codes;
    private final LocalDate first = LocalDate.of(2015, 1, 1);

    SyntheticEvents(long seed) {
        this.random = new Random(seed);
        List<String> all = new ArrayList<>();
        for (String alpha2 : Locale.getISOCountries()) {
            all.add(new Locale("", alpha2).getISO3Country());
        }
        this.codes = all.subList(0, ACTORS);
    }

    /** The actor codes events are drawn between. */
    List<String> codes() {
        return codes;
    }

    /** The next synthetic article, numbered {@code n}. */
    PreparedArticle article(long n) {
        String id = "synthetic-" + n;
        List<Event> events = new ArrayList<>(EVENTS_PER_ARTICLE);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < EVENTS_PER_ARTICLE; i++) {
            events.add(event(id, i, text));
        }
        Article article = new Article(id, text.toString(), Optional.of("https://bench.example.test/" + n),
                Optional.empty(), Optional.empty(), Optional.of("en"));
        return new PreparedArticle(article, "synthetic", "en", Optional.of(first.plusDays(random.nextInt(3650))),
                Optional.empty(), events);
    }

    private Event event(String doc, int i, StringBuilder text) {
        String[] kind = KINDS[random.nextInt(KINDS.length)];
        String a = codes.get(random.nextInt(codes.size()));
        String b = codes.get(random.nextInt(codes.size()));
        while (b.equals(a)) {
            b = codes.get(random.nextInt(codes.size()));
        }
        LocalDate day = first.plusDays(random.nextInt(3650));
        PartialDate date = random.nextInt(10) == 0 ? PartialDate.ofMonth(day.getYear(), day.getMonthValue())
                : PartialDate.ofDay(day);
        String sentence = a + " and " + b + " held talks on " + TOPICS[random.nextInt(TOPICS.length)] + ".";
        Span span = new Span(text.length(), text.length() + sentence.length());
        text.append(sentence).append(' ');
        Optional<Location> location = random.nextBoolean()
                ? Optional.of(new Location(Optional.empty(), Optional.of(random.nextBoolean() ? a : b))) : Optional.empty();
        return new Event(doc + "-" + i, doc, EventType.valueOf(kind[0]), kind[1], kind[2], Double.parseDouble(kind[3]),
                EventStatus.OCCURRED, Optional.of(date), Optional.empty(), List.of(actor(a)), List.of(actor(b)), true,
                List.of(), location, false, List.of(), Optional.empty(), List.of(new EvidenceSpan(span, sentence)),
                "synthetic", "synthetic");
    }

    private static Actor actor(String code) {
        return new Actor(code, Optional.of("GOV"), code, code);
    }
}
