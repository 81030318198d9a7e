package dev.parley.store.consolidate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of {@code consolidated_events}, made from a cluster of reports: the most common (mode, CAMEO)
 * pair's first report stands for it; the most precise date and the most specific place are taken; it
 * occurred when any report says so.
 */
record ConsolidatedRow(String id, String type, String mode, String cameo, double goldstein, String status,
                       Optional<String> date, Optional<String> dateEnd, Optional<LocalDate> firstDay,
                       Optional<LocalDate> lastDay, List<String> actorCodes, Optional<String> place,
                       Optional<String> country, String representative, int reports, int articles,
                       int independentArticles, int sources, Optional<LocalDate> firstSeen,
                       Optional<LocalDate> lastSeen, List<Report> members) {

    private static final List<String> STATUS_STRENGTH = List.of("occurred", "planned", "proposed");

    static ConsolidatedRow of(List<Report> cluster) {
        Report founder = cluster.get(0);
        Report representative = representative(cluster);
        Report dated = cluster.stream().filter(r -> r.window().isPresent())
                .min(Comparator.comparingInt((Report r) -> r.window().get().precision())
                        .thenComparing(r -> r.window().get().first()))
                .orElse(founder);
        Optional<Report> placed = cluster.stream().filter(r -> r.place().isPresent()).findFirst();
        Optional<String> country = placed.flatMap(Report::country)
                .or(() -> cluster.stream().flatMap(r -> r.country().stream()).findFirst());
        String status = cluster.stream().map(Report::status)
                .min(Comparator.comparingInt(s -> STATUS_STRENGTH.indexOf(s) < 0 ? STATUS_STRENGTH.size()
                        : STATUS_STRENGTH.indexOf(s)))
                .orElse(founder.status());
        return new ConsolidatedRow("c-" + founder.eventId(), founder.type(), representative.mode(),
                representative.cameo(), representative.goldstein(), status, dated.date(), dated.dateEnd(),
                dated.window().map(DateWindow::first), dated.window().map(DateWindow::last),
                Arrays.asList(founder.actors().split(" ")), placed.flatMap(Report::place), country,
                representative.eventId(), cluster.size(),
                (int) cluster.stream().map(Report::articleId).distinct().count(),
                (int) cluster.stream().map(Report::group).distinct().count(),
                (int) cluster.stream().flatMap(r -> r.url().stream()).distinct().count(),
                cluster.stream().flatMap(r -> r.seen().stream()).min(Comparator.naturalOrder()),
                cluster.stream().flatMap(r -> r.seen().stream()).max(Comparator.naturalOrder()),
                List.copyOf(cluster));
    }

    /** The first report of the most common (mode, CAMEO) pair. */
    private static Report representative(List<Report> cluster) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Report r : cluster) {
            counts.merge(r.mode() + "|" + r.cameo(), 1, Integer::sum);
        }
        int best = counts.values().stream().max(Integer::compare).orElse(0);
        return cluster.stream().filter(r -> Objects.equals(counts.get(r.mode() + "|" + r.cameo()), best))
                .findFirst().orElse(cluster.get(0));
    }
}
