package dev.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Python's rounding, float repr and string repr, with values checked against Python 3.11. */
class PyFormattingTest {
  @ParameterizedTest(name = "round({0}, 3) = {1}")
  @CsvSource({"0.0625, 0.062", "0.3125, 0.312", "0.1875, 0.188", "0.6666666666666666, 0.667", "1.0, 1.0"})
  void roundsHalfToEvenOnTheExactValue(double x, double rounded) {
    assertThat(PyNumber.round(x, 3)).isEqualTo(rounded);
  }

  @ParameterizedTest(name = "format({0}, .2f) = {1}")
  @CsvSource({"0.125, 0.12", "0.375, 0.38", "0.625, 0.62", "0.875, 0.88", "0.714, 0.71", "1.0, 1.00"})
  void printsFixedPlacesHalfToEven(double x, String text) {
    assertThat(PyNumber.fixed(x, 2)).isEqualTo(text);
  }

  @ParameterizedTest(name = "repr({0}) = {1}")
  @CsvSource({"0.5, 0.5", "1.0, 1.0", "0.0, 0.0", "-0.0, -0.0", "0.667, 0.667", "0.1, 0.1",
      "1e16, 1e+16", "1e15, 1000000000000000.0", "0.0001, 0.0001", "0.00001, 1e-05",
      "123456789012345680.0, 1.2345678901234568e+17", "4.9e-324, 5e-324", "9007199254740992.0, 9007199254740992.0"})
  void printsFloatsAsPythonRepr(double x, String text) {
    assertThat(PyNumber.repr(x)).isEqualTo(text);
  }

  @Test
  void printsStringsAsPythonRepr() {
    assertThat(PyText.repr(List.of("ghost-099", "l'autre", "q\"'x", "a\\b\u0085\u00a0\u200bé😀\t")))
        .isEqualTo("['ghost-099', \"l'autre\", 'q\"\\'x', 'a\\\\b\\x85\\xa0\\u200bé😀\\t']");
  }

  @Test
  void padsAndOrdersByCodePoint() {
    assertThat(PyText.pad("𝔘nicode", 10)).isEqualTo("𝔘nicode   ");
    assertThat(PyText.ORDER.compare("\uFF5A", "𝔘")).isNegative();
  }
}
