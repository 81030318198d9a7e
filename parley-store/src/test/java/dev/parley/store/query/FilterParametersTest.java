package dev.parley.store.query;

import dev.parley.api.EventStatus;
import dev.parley.api.EventType;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FilterParametersTest {

    private static EventFilter parse(Map<String, String> values) {
        return FilterParameters.parse(name -> Optional.ofNullable(values.get(name)));
    }

    @Test
    void valuesAreNormalisedAndBlankOnesAreAbsent() {
        EventFilter f = parse(Map.of("actor", " usa ", "dyad", "usa, chn", "type", "consult", "mode", "MEET",
                "status", "Planned", "since", "2024-05", "until", "2024", "place", " ", "text", " border  security "));
        assertThat(f.actor()).contains("USA");
        assertThat(f.dyad()).contains(new EventFilter.Dyad("USA", "CHN"));
        assertThat(f.type()).contains(EventType.CONSULT);
        assertThat(f.mode()).contains("meet");
        assertThat(f.status()).contains(EventStatus.PLANNED);
        assertThat(f.since()).contains(LocalDate.of(2024, 5, 1));
        assertThat(f.until()).contains(LocalDate.of(2024, 12, 31));
        assertThat(f.place()).isEmpty();
        assertThat(f.words()).containsExactly("border", "security");
        assertThat(parse(Map.of())).isEqualTo(EventFilter.ALL);
    }

    @Test
    void aValueThatCannotBeUsedNamesItsParameter() {
        for (List<String> bad : List.of(List.of("type", "MEETING", "CONSULT"), List.of("status", "done", "occurred"),
                List.of("since", "May", "2024-05"), List.of("until", "24-05", "2024-05-15"),
                List.of("dyad", "USA", "two actor codes"), List.of("dyad", "USA,USA", "two different"))) {
            assertThatThrownBy(() -> parse(Map.of(bad.get(0), bad.get(1)))).as(bad.toString())
                    .isInstanceOfSatisfying(InvalidParameterException.class,
                            e -> assertThat(e.parameter()).isEqualTo(bad.get(0)))
                    .hasMessageContaining(bad.get(1)).hasMessageContaining(bad.get(2));
        }
    }
}
