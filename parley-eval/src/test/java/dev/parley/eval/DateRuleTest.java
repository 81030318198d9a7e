package dev.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateRuleTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "gold {0}, predicted {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      // year and month precision: the prediction must fall inside
      "'\"2023\"'       | '\"2023-06-24\"'  | true",
      "'\"2023\"'       | '\"2023\"'        | true",
      "'\"2023\"'       | '2023'            | true",
      "'\"2023\"'       | '\"2022-12-31\"'  | false",
      "'\"2023-06\"'    | '\"2023-06-30\"'  | true",
      "'\"2023-06\"'    | '\"2023-07-01\"'  | false",
      "'\"2023-06\"'    | '\"2023\"'        | false",
      // day precision: the first ten characters must be the date
      "'\"2023-06-24\"' | '\"2023-06-24\"'  | true",
      "'\"2023-06-24\"' | '\"2023-06-24T10:00:00Z\"' | true",
      "'\"2023-06-24\"' | '\"2023-06-25\"'  | false",
      "'\"2023-06-24\"' | '\"2023-06\"'     | false",
      "'\"2023-06-24\"' | '\"20230624\"'    | false",
      // no gold date: only no predicted date is right
      "null             | null              | true",
      "'\"\"'           | '\"\"'            | true",
      "null             | '\"2023\"'        | false",
      "'\"2023-06-24\"' | null              | false",
      "'\"2023-06-24\"' | '\"\"'            | false",
  })
  void appliesThePrecisionOfTheGoldDate(String gold, String pred, boolean right) throws Exception {
    assertThat(DateRule.accepts(event("{\"date\": " + pred + "}"), event("{\"date\": " + gold + "}")))
        .isEqualTo(right);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "'\"2023-06-25\"'         | true",
      "'\"2023-06-23\"'         | true",
      "'\"2023-06-26\"'         | false",
      "'\"20230625\"'           | true",
      "'\"2023-W25-7\"'         | true",
      "'\"2023W25\"'            | false",
      "'\"2023-6-25\"'          | false",
  })
  void acceptsADayEitherWayForPublicationAndInferredDates(String pred, boolean right) throws Exception {
    JsonNode predicted = event("{\"date\": " + pred + "}");

    assertThat(DateRule.accepts(predicted, event("{\"date\": \"2023-06-24\", \"date_basis\": \"publication\"}")))
        .isEqualTo(right);
    assertThat(DateRule.accepts(predicted, event("{\"date\": \"2023-06-24\", \"note\": \"year inferred\"}")))
        .isEqualTo(right);
    assertThat(DateRule.accepts(predicted, event("{\"date\": \"2023-06-24\", \"note\": \"stated\"}")))
        .isFalse();
  }

  @Test
  void parsesTheIsoLayoutsOfPython311() {
    assertThat(DateRule.parseIsoDate("2021-06-24")).contains(LocalDate.of(2021, 6, 24));
    assertThat(DateRule.parseIsoDate("20210624")).contains(LocalDate.of(2021, 6, 24));
    assertThat(DateRule.parseIsoDate("2021-06-24T12:00")).contains(LocalDate.of(2021, 6, 24));
    assertThat(DateRule.parseIsoDate("2021062400")).contains(LocalDate.of(2021, 6, 24));
    assertThat(DateRule.parseIsoDate("2021W25")).contains(LocalDate.of(2021, 6, 21));
    assertThat(DateRule.parseIsoDate("2021-W25")).contains(LocalDate.of(2021, 6, 21));
    assertThat(DateRule.parseIsoDate("2021W253")).contains(LocalDate.of(2021, 6, 23));
    assertThat(DateRule.parseIsoDate("2021-W25-3")).contains(LocalDate.of(2021, 6, 23));
    assertThat(DateRule.parseIsoDate("2020-W53-1")).contains(LocalDate.of(2020, 12, 28));
    assertThat(DateRule.parseIsoDate("9999-W52-5")).contains(LocalDate.of(9999, 12, 31));
  }

  @Test
  void rejectsWhatPython311Rejects() {
    assertThat(DateRule.parseIsoDate("2021-06")).isEmpty();
    assertThat(DateRule.parseIsoDate("2021-6-24")).isEmpty();
    assertThat(DateRule.parseIsoDate("2021-W251")).isEmpty();
    assertThat(DateRule.parseIsoDate("2021W25-1")).isEmpty();
    assertThat(DateRule.parseIsoDate("2021-W53-1")).isEmpty();
    assertThat(DateRule.parseIsoDate("9999-W52-6")).isEmpty();
    assertThat(DateRule.parseIsoDate("0000-01-01")).isEmpty();
    assertThat(DateRule.parseIsoDate("2021-02-29")).isEmpty();
    assertThat(DateRule.parseIsoDate("２０２１-06-24")).isEmpty();
  }

  private static JsonNode event(String json) throws Exception {
    return JSON.readTree(json);
  }
}
