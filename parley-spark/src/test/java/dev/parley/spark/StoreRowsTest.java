package dev.parley.spark;

import dev.parley.api.Actor;
import dev.parley.api.Article;
import dev.parley.api.CleanArticle;
import dev.parley.api.DialogueSeries;
import dev.parley.api.Event;
import dev.parley.api.EventStatus;
import dev.parley.api.EventType;
import dev.parley.api.EvidenceSpan;
import dev.parley.api.Location;
import dev.parley.api.PartialDate;
import dev.parley.api.Participant;
import dev.parley.api.SetAside;
import dev.parley.api.Span;
import dev.parley.io.EventJson;
import dev.parley.pipeline.ArticleResult;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class StoreRowsTest {

    private static final Article ARTICLE = new Article("a1", "Jakarta and Manila signed a pact.",
            Optional.of("https://example.org/a1"), Optional.empty(), Optional.of(LocalDate.of(2024, 5, 16)),
            Optional.of("en"));

    @Test
    void anEventIdRepeatedInAnArticleIsKeyedAsTheStoreKeysIt() {
        Event e = event(Optional.of(PartialDate.ofDay(LocalDate.of(2024, 5, 15))), Optional.empty());
        List<TableRow> rows = StoreRows.of(result(e, e));

        assertThat(column(rows, OutputTable.EVENTS, 0)).containsExactly("e1", "e1-2");
        assertThat(column(rows, OutputTable.EVENTS, 1)).containsExactly("e1", "e1");
        assertThat(column(rows, OutputTable.EVENTS, 3)).containsExactly(0, 1);
        assertThat(column(rows, OutputTable.ACTORS, 0)).containsExactly("e1", "e1", "e1-2", "e1-2");
        assertThat(column(rows, OutputTable.ACTORS, 1)).containsExactly("source", "target", "source", "target");
        assertThat(column(rows, OutputTable.SERIES_EVENTS, 0)).containsExactly("e1", "e1-2");
        Row first = row(rows, OutputTable.EVENTS);
        assertThat((String[]) first.get(13)).containsExactly("IDN", "PHL");
        assertThat(first.get(19)).isEqualTo("2+2");
        assertThat(first.get(22)).isEqualTo(EventJson.toLine(e));
    }

    @Test
    void datesAreIsoAtTheirPrecisionWithTheDaysTheyCanMean() {
        Row month = row(StoreRows.of(result(event(Optional.of(PartialDate.ofMonth(2024, 5)), Optional.empty()))),
                OutputTable.EVENTS);
        assertThat(month.get(9)).isEqualTo("2024-05");
        assertThat(month.get(10)).isNull();
        assertThat(month.get(11)).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(month.get(12)).isEqualTo(LocalDate.of(2024, 5, 31));

        Row range = row(StoreRows.of(result(event(Optional.of(PartialDate.ofDay(LocalDate.of(2024, 5, 15))),
                Optional.of(PartialDate.ofDay(LocalDate.of(2024, 5, 17)))))), OutputTable.EVENTS);
        assertThat(range.get(10)).isEqualTo("2024-05-17");
        assertThat(range.get(12)).isEqualTo(LocalDate.of(2024, 5, 17));

        Row undated = row(StoreRows.of(result(event(Optional.empty(), Optional.empty()))), OutputTable.EVENTS);
        assertThat(undated.get(9)).isNull();
        assertThat(undated.get(11)).isNull();
    }

    @Test
    void everyRowHasItsTablesColumnsWithEmptyValuesAsNull() {
        List<TableRow> rows = new ArrayList<>(StoreRows.of(result(event(Optional.empty(), Optional.empty()))));
        rows.add(StoreRows.setAside(new SetAside("in.jsonl", "line 2", "not JSON")));

        assertThat(rows).extracting(TableRow::table).containsExactlyInAnyOrder(OutputTable.ARTICLES,
                OutputTable.EVENTS, OutputTable.ACTORS, OutputTable.ACTORS, OutputTable.PARTICIPANTS,
                OutputTable.EVIDENCE, OutputTable.SERIES_EVENTS, OutputTable.REJECTED);
        for (TableRow r : rows) {
            assertThat(r.row().length()).as(r.table().name()).isEqualTo(r.table().schema().length());
            for (int i = 0; i < r.row().length(); i++) {
                boolean nullable = r.table().schema().fields()[i].nullable();
                assertThat(r.row().get(i) != null || nullable).as(r.table() + " " + i).isTrue();
            }
        }
        Row article = row(rows, OutputTable.ARTICLES);
        assertThat(article.get(3)).isNull(); // no title
        assertThat(article.get(5)).isEqualTo(LocalDate.of(2024, 5, 16)); // the feed's date: the text states none
        assertThat(article.getString(1)).hasSize(64);
    }

    @Test
    void anArticleSurvivesTheTripBetweenStages() throws Exception {
        InputItem.ArticleItem item = InputItem.ArticleItem.of(ARTICLE, "file:/in.jsonl");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(item);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            InputItem.ArticleItem back = (InputItem.ArticleItem) in.readObject();
            assertThat(back.article()).isEqualTo(ARTICLE);
            assertThat(back.input()).isEqualTo("file:/in.jsonl");
        }
    }

    private static ArticleResult result(Event... events) {
        CleanArticle clean = new CleanArticle(ARTICLE, "en", List.of(), List.of(), Optional.empty(), Optional.empty(),
                Optional.empty());
        return new ArticleResult(clean, List.of(events));
    }

    private static Event event(Optional<PartialDate> date, Optional<PartialDate> end) {
        return new Event("e1", "a1", EventType.SUPPORT, "sign", "057", 8.0, EventStatus.OCCURRED, date, end,
                List.of(new Actor("IDN", Optional.empty(), "Indonesia", "Jakarta")),
                List.of(new Actor("PHL", Optional.of("GOV"), "Philippines", "Manila")), true,
                List.of(new Participant("Prabowo Subianto", "Defence Minister", "IDN")),
                Optional.of(new Location(Optional.of("Jakarta"), Optional.of("IDN"))), false, List.of("defence"),
                Optional.of(new DialogueSeries("2+2", OptionalInt.empty(), Optional.of("annual"), OptionalInt.of(2019))),
                List.of(new EvidenceSpan(new Span(0, 33), "Jakarta and Manila signed a pact.")), "rule", "coder.v1");
    }

    private static List<Object> column(List<TableRow> rows, OutputTable table, int index) {
        return rows.stream().filter(r -> r.table() == table).map(r -> r.row().get(index)).toList();
    }

    private static Row row(List<TableRow> rows, OutputTable table) {
        return rows.stream().filter(r -> r.table() == table).map(TableRow::row).findFirst().orElseThrow();
    }
}
