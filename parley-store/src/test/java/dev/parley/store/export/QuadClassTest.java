package dev.parley.store.export;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuadClassTest {

    @ParameterizedTest
    @CsvSource({"010,1", "040,1", "057,1", "0312,1", "060,2", "073,2", "080,2", "090,3", "112,3", "130,3",
            "140,4", "163,4", "190,4", "204,4"})
    void rootsMapToGdeltQuadClasses(String cameo, int quad) {
        assertThat(QuadClass.of(cameo)).isEqualTo(quad);
    }

    @ParameterizedTest
    @CsvSource({"000", "210", "x1"})
    void notACameoCodeIsNamed(String cameo) {
        assertThatThrownBy(() -> QuadClass.of(cameo)).hasMessageContaining(cameo);
    }
}
