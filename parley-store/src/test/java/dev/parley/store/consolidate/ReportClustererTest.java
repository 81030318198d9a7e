package dev.parley.store.consolidate;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class ReportClustererTest {

    private static int next;

    /** A CONSULT report between ETH and KEN from its own article; date as ISO (any precision) or null. */
    private static Report report(String date, String place) {
        return report(date, null, place, "a" + next++);
    }

    private static Report report(String date, String end, String place, String article) {
        Optional<DateWindow> window = Optional.ofNullable(date).map(d -> {
            LocalDate first = d.length() == 4 ? LocalDate.of(Integer.parseInt(d), 1, 1)
                    : d.length() == 7 ? YearMonth.parse(d).atDay(1) : LocalDate.parse(d);
            String last = end != null ? end : d;
            LocalDate lastDay = last.length() == 4 ? LocalDate.of(Integer.parseInt(last), 12, 31)
                    : last.length() == 7 ? YearMonth.parse(last).atEndOfMonth() : LocalDate.parse(last);
            return DateWindow.of(d, end != null, first, lastDay);
        });
        return new Report("e-" + article, article, 0, "CONSULT", "ETH KEN", "meet", "040", 1.0, "occurred",
                Optional.ofNullable(date), Optional.ofNullable(end), window, Optional.ofNullable(place),
                Optional.of("KEN"), Optional.empty(), Optional.empty(), article);
    }

    private static List<List<String>> clusters(Report... reports) {
        return ReportClusterer.cluster(new ArrayList<>(List.of(reports))).stream()
                .map(c -> c.stream().map(Report::articleId).sorted().toList()).toList();
    }

    @Test
    void theSameDayMergesAndAnotherDayDoesNot() {
        Report a = report("2024-05-07", "Nairobi");
        Report b = report("2024-05-07", "Nairobi");
        Report c = report("2024-05-09", "Nairobi");
        assertThat(clusters(a, b, c)).containsExactlyInAnyOrder(List.of(a.articleId(), b.articleId()), List.of(c.articleId()));
    }

    @Test
    void aMonthJoinsTheDayItContainsAndARangeTheDaysItCovers() {
        Report day = report("2024-05-07", "Nairobi");
        Report month = report("2024-05", null);
        Report otherMonth = report("2024-06", null);
        Report range = report("2024-05-06", "2024-05-08", "Nairobi", "range");
        assertThat(clusters(day, month, otherMonth, range)).containsExactlyInAnyOrder(
                List.of(day.articleId(), month.articleId(), "range"), List.of(otherMonth.articleId()));
    }

    @Test
    void aVagueReportDoesNotChainTwoMeetingsTogether() {
        Report may = report("2024-05-07", null);
        Report september = report("2024-09-12", null);
        Report year = report("2024", null);
        List<List<String>> clusters = clusters(may, september, year);
        assertThat(clusters).hasSize(2).contains(List.of(september.articleId()));
    }

    @Test
    void differentPlacesOrCountriesKeepReportsApart() {
        Report nairobi = report("2024-05-07", "Nairobi");
        Report addis = report("2024-05-07", "Addis Ababa");
        Report unknown = report("2024-05-07", null);
        assertThat(clusters(nairobi, addis, unknown)).hasSize(2);
    }

    @Test
    void undatedReportsOnlyJoinUndatedCopiesOfTheSameArticleGroup() {
        Report undated1 = report(null, null, null, "x1");
        Report copy = new Report("e-x2", "x2", 0, "CONSULT", "ETH KEN", "meet", "040", 1.0, "occurred", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("KEN"), Optional.empty(), Optional.empty(),
                "x1");
        Report otherUndated = report(null, null, null, "y");
        Report dated = report("2024-05-07", null);
        assertThat(clusters(undated1, copy, otherUndated, dated)).containsExactlyInAnyOrder(List.of("x1", "x2"),
                List.of("y"), List.of(dated.articleId()));
    }

    @Test
    void clustersDoNotDependOnInputOrder() {
        List<Report> reports = new ArrayList<>();
        Random random = new Random(3);
        for (int i = 0; i < 300; i++) {
            LocalDate day = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(60));
            String date = switch (random.nextInt(4)) {
                case 0 -> day.toString().substring(0, 7);
                case 1 -> "2024";
                default -> day.toString();
            };
            reports.add(report(date, random.nextBoolean() ? "Nairobi" : null));
        }
        List<List<String>> first = clusters(reports.toArray(Report[]::new));
        Collections.shuffle(reports, random);
        assertThat(clusters(reports.toArray(Report[]::new))).containsExactlyInAnyOrderElementsOf(first);
    }

    @Test
    void theRowTakesTheMostPreciseDateAndPlaceAndOccurredOverPlanned() {
        Report month = report("2024-05", null);
        Report day = new Report("e-d", "d", 0, "CONSULT", "ETH KEN", "visit", "042", 1.9, "planned",
                Optional.of("2024-05-07"), Optional.empty(), Optional.of(DateWindow.of("2024-05-07", false,
                LocalDate.of(2024, 5, 7), LocalDate.of(2024, 5, 7))), Optional.of("Nairobi"), Optional.of("KEN"),
                Optional.of(LocalDate.of(2024, 5, 8)), Optional.of("https://a.example/1"), "d");
        ConsolidatedRow row = ConsolidatedRow.of(ReportClusterer.cluster(new ArrayList<>(List.of(month, day))).get(0));
        assertThat(row.date()).contains("2024-05-07");
        assertThat(row.place()).contains("Nairobi");
        assertThat(row.status()).isEqualTo("occurred");
        assertThat(row.reports()).isEqualTo(2);
        assertThat(row.sources()).isEqualTo(1);
        assertThat(row.actorCodes()).containsExactly("ETH", "KEN");
    }
}
