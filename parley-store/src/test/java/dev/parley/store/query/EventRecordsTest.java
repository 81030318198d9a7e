package dev.parley.store.query;

import dev.parley.api.Event;
import dev.parley.io.ArticleInputs;
import dev.parley.io.EventJson;
import dev.parley.io.InputRecord;
import dev.parley.io.ReadLimits;
import dev.parley.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventRecordsTest {

    @Test
    void everySampleEventReadsBackToItselfAndItsLine() {
        Pipeline pipeline = Pipeline.standard();
        List<Event> events = new ArrayList<>();
        Iterator<InputRecord> records = ArticleInputs.open("../corpus/sample/articles.jsonl", System.in, ReadLimits.DEFAULT);
        while (records.hasNext()) {
            if (records.next() instanceof InputRecord.Read read) {
                events.addAll(pipeline.process(read.article()).events());
            }
        }
        assertThat(events).hasSizeGreaterThan(50);
        for (Event e : events) {
            String line = EventJson.toLine(e);
            Event back = EventRecords.parse(e.id(), line);
            assertThat(EventJson.toLine(back)).isEqualTo(line);
            assertThat(back).isEqualTo(e);
        }
    }

    @Test
    void aDamagedRecordIsNamed() {
        assertThatThrownBy(() -> EventRecords.parse("e-1", "{not json")).hasMessageContaining("e-1");
    }
}
