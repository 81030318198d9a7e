package dev.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActorCodesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "'\"VNM\"'                          | VNM",
      "'\"vnm\"'                          | VNM",
      "'\" usa \\u00a0\"'                 | USA",
      "'\"VNMGOV\"'                       | VNM",
      "'\"rusmil\"'                       | RUS",
      "'{\"code\": \"PHL\", \"sector\": \"GOV\"}' | PHL",
      "'{\"code\": \"DEUDIP\"}'           | DEU",
      "'\"EEAS\"'                         | EU",
      "'\"IGOEUREEC\"'                    | EU",
      "'\"European Union\"'               | EU",
      "'\"IGONAT\"'                       | NATO",
      "'\"UNSC\"'                         | UN",
      "'\"NATO\"'                         | NATO",
      "'\"Arab League\"'                  | ARAB LEAGUE",
      "'\"NATOGOV\"'                      | NATOGOV",
      "'\"USAXYZ\"'                       | USAXYZ",
      "'\"12AGOV\"'                       | 12AGOV",
      "'\"ÄÖÜGOV\"'                       | ÄÖÜ",
      "'42'                               | 42",
  })
  void normalisesCodes(String actor, String code) throws Exception {
    assertThat(ActorCodes.normalise(JSON.readTree(actor))).contains(code);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"null", "'\"\"'", "'{}'", "'{\"code\": null}'", "0", "'[]'"})
  void hasNoCodeForMissingOrFalsyValues(String actor) throws Exception {
    assertThat(ActorCodes.normalise(JSON.readTree(actor))).isEmpty();
  }

  @Test
  void keepsABlankCodeAsEmptyTextAsScorePyDoes() throws Exception {
    assertThat(ActorCodes.normalise(JSON.readTree("\"   \""))).isEqualTo(Optional.of(""));
  }

  @Test
  void readsListsSingleStringsAndSingleObjectsAndDropsEmptyCodes() throws Exception {
    JsonNode event = JSON.readTree("{\"source\": [\"VNMGOV\", {\"code\": \"eeas\"}, \"  \", {}, \"\"],"
        + " \"target\": \"phl\", \"other\": {\"code\": \"JPNMIL\"}}");

    assertThat(ActorCodes.of(event, "source")).containsExactlyInAnyOrder("VNM", "EU");
    assertThat(ActorCodes.of(event, "target")).containsExactly("PHL");
    assertThat(ActorCodes.of(event, "other")).containsExactly("JPN");
    assertThat(ActorCodes.of(event, "missing")).isEmpty();
  }
}
