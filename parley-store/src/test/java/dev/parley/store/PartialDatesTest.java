package dev.parley.store;

import dev.parley.api.PartialDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartialDatesTest {

    @Test
    void everyPrecisionParsesAndBadValuesAreNamed() {
        assertThat(PartialDates.parse("2024")).isEqualTo(PartialDate.ofYear(2024));
        assertThat(PartialDates.parse("2024-05")).isEqualTo(PartialDate.ofMonth(2024, 5));
        assertThat(PartialDates.parse(" 2024-05-15 ").toString()).isEqualTo("2024-05-15");
        assertThatThrownBy(() -> PartialDates.parse("May 2024")).hasMessageContaining("'May 2024'");
        assertThatThrownBy(() -> PartialDates.parse("2024-02-30")).hasMessageContaining("30");
    }
}
