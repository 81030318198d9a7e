package dev.parley.store.export;

import dev.parley.api.Actor;
import dev.parley.api.Event;
import dev.parley.api.PartialDate;
import dev.parley.store.Digests;
import dev.parley.store.PartialDates;
import dev.parley.store.query.ConsolidatedEvent;
import dev.parley.store.query.ReportRef;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One consolidated event as a GDELT 2.0 event record: the 61 columns of the GDELT 2.0 event codebook, in
 * order, empty where Parley has nothing (tone, religions, ethnicities, coordinates, FIPS geography). Actor 1
 * is the representative report's first source actor, actor 2 its first target (or second source); the CAMEO
 * actor code is the ISO 3166 alpha-3 or organisation code followed by the sector. The date is the event's
 * (its first day), else the first report's; DATEADDED is the first report's day. NumMentions counts
 * reports, NumArticles articles, NumSources distinct outlets (URL hosts; an article without a URL counts as
 * its own). GLOBALEVENTID is a stable 60-bit number derived from the consolidated id.
 */
final class GdeltRow {

    static final int COLUMNS = 61;
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private GdeltRow() {
    }

    static List<String> of(ConsolidatedEvent c, Event representative) {
        List<String> row = new ArrayList<>(COLUMNS);
        row.add(Long.toString(Long.parseLong(Digests.sha256(c.id()).substring(0, 15), 16)));
        Optional<LocalDate> day = c.date().map(PartialDates::parse).map(PartialDate::start).or(c::firstSeen);
        row.add(day.map(DAY::format).orElse(""));
        row.add(day.map(d -> String.format(Locale.ROOT, "%04d%02d", d.getYear(), d.getMonthValue())).orElse(""));
        row.add(day.map(d -> Integer.toString(d.getYear())).orElse(""));
        row.add(day.map(d -> String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear()))
                .orElse(""));
        List<Actor> sources = representative.source();
        Optional<Actor> first = sources.stream().findFirst();
        Optional<Actor> second = representative.target().stream().findFirst()
                .or(() -> sources.stream().skip(1).findFirst());
        actor(row, first);
        actor(row, second);
        row.add(""); // IsRootEvent: Parley does not know the paragraph
        row.add(c.cameo());
        row.add(c.cameo().substring(0, Math.min(3, c.cameo().length())));
        row.add(c.cameo().substring(0, 2));
        row.add(Integer.toString(QuadClass.of(c.cameo())));
        row.add(Double.toString(c.goldstein()));
        row.add(Integer.toString(c.reports().size()));
        row.add(Integer.toString(outlets(c.reports())));
        row.add(Integer.toString(c.articles()));
        row.add(""); // AvgTone
        row.addAll(Collections.nCopies(8, "")); // Actor1Geo_*
        row.addAll(Collections.nCopies(8, "")); // Actor2Geo_*
        actionGeo(row, c);
        row.add(c.firstSeen().map(d -> DAY.format(d) + "000000").orElse(""));
        row.add(c.sources().stream().findFirst().orElse(""));
        return row;
    }

    /** Code, Name, CountryCode, KnownGroupCode, EthnicCode, Religion1Code, Religion2Code, Type1-3Code. */
    private static void actor(List<String> row, Optional<Actor> actor) {
        if (actor.isEmpty()) {
            row.addAll(Collections.nCopies(10, ""));
            return;
        }
        Actor a = actor.get();
        boolean country = IsoCountries.name(a.code()).isPresent();
        String sector = a.sector().map(s -> s.toUpperCase(Locale.ROOT)).orElse("");
        row.add(a.code() + sector);
        row.add(clean(a.name()).toUpperCase(Locale.ROOT));
        row.add(country ? a.code() : "");
        row.add(country ? "" : a.code());
        row.addAll(Collections.nCopies(3, ""));
        row.add(sector);
        row.addAll(Collections.nCopies(2, ""));
    }

    /** Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID. */
    private static void actionGeo(List<String> row, ConsolidatedEvent c) {
        Optional<String> countryName = c.country().flatMap(IsoCountries::name);
        String type = c.place().isPresent() ? "4" : countryName.isPresent() ? "1" : "";
        List<String> name = new ArrayList<>();
        c.place().map(GdeltRow::clean).ifPresent(name::add);
        countryName.ifPresent(name::add);
        row.add(type);
        row.add(String.join(", ", name));
        row.addAll(Collections.nCopies(6, ""));
    }

    private static int outlets(List<ReportRef> reports) {
        Set<String> outlets = new TreeSet<>();
        for (ReportRef r : reports) {
            outlets.add(r.url().map(GdeltRow::host).orElse("article:" + r.articleId()));
        }
        return outlets.size();
    }

    private static String host(String url) {
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? url : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    /** Tabs and line breaks would break the record. */
    private static String clean(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
