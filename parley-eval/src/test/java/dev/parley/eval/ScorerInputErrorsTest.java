package dev.parley.eval;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScorerInputErrorsTest {
  private static final String EVENT = "{\"doc\": \"d1\", \"type\": \"CONSULT\"}";

  @TempDir
  Path dir;
  private Path gold;

  @BeforeEach
  void writeGold() throws IOException {
    gold = Files.createDirectory(dir.resolve("gold"));
    Files.writeString(gold.resolve("d1.json"), "{\"events\": [{\"type\": \"CONSULT\"}]}");
  }

  @Test
  void namesFileLineAndReasonForALineThatIsNotJson() throws IOException {
    Path pred = Files.writeString(dir.resolve("pred.jsonl"), EVENT + "\n\n{\"doc\": \"d1\", type: 1}\n", UTF_8);

    assertThatThrownBy(() -> Scorer.score(gold, pred))
        .isInstanceOf(ScoreInputException.class)
        .hasMessageStartingWith(pred + ":3: not JSON: ")
        .hasMessageContaining("column 15");
  }

  @Test
  void refusesTrailingDataAndAByteOrderMarkAsPythonDoes() throws IOException {
    Path trailing = Files.writeString(dir.resolve("trailing.jsonl"), EVENT + " {}\n", UTF_8);
    Path marked = Files.writeString(dir.resolve("marked.jsonl"), "\uFEFF" + EVENT + "\n", UTF_8);

    assertThatThrownBy(() -> Scorer.score(gold, trailing)).hasMessageStartingWith(trailing + ":1: not JSON: ");
    assertThatThrownBy(() -> Scorer.score(gold, marked)).hasMessageStartingWith(marked + ":1: not JSON: ");
  }

  @Test
  void namesFileAndLineOfAnEventWithoutDoc() throws IOException {
    Path pred = Files.writeString(dir.resolve("pred.jsonl"), EVENT + "\n  \n{\"type\": \"CONSULT\"}\n", UTF_8);

    assertThatThrownBy(() -> Scorer.score(gold, pred))
        .isInstanceOf(ScoreInputException.class)
        .hasMessage(pred + ":3: event has no \"doc\" field");
  }

  @Test
  void namesFileAndLineOfAnEventThatIsNotAnObject() throws IOException {
    Path pred = Files.writeString(dir.resolve("pred.jsonl"), "[\"doc\"]\n", UTF_8);

    assertThatThrownBy(() -> Scorer.score(gold, pred))
        .isInstanceOf(ScoreInputException.class)
        .hasMessage(pred + ":1: event is not a JSON object");
  }

  @Test
  void namesTheGoldDirectoryWithoutGoldFiles() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Files.writeString(empty.resolve(".hidden.json"), "{}");
    Path pred = Files.writeString(dir.resolve("pred.jsonl"), EVENT + "\n", UTF_8);

    assertThatThrownBy(() -> Scorer.score(empty, pred))
        .isInstanceOf(ScoreInputException.class)
        .hasMessage("no gold *.json files in " + empty);
  }

  @Test
  void namesTheGoldFileThatIsNotJson() throws IOException {
    Path broken = Files.writeString(gold.resolve("d2.json"), "{\"events\": [}");
    Path pred = Files.writeString(dir.resolve("pred.jsonl"), EVENT + "\n", UTF_8);

    assertThatThrownBy(() -> Scorer.score(gold, pred))
        .isInstanceOf(ScoreInputException.class)
        .hasMessageStartingWith(broken + ": not JSON: ");
  }

  @Test
  void namesTheDocumentWhoseValuesCannotBeCompared() throws IOException {
    Files.writeString(gold.resolve("d1.json"), "{\"events\": [{\"type\": \"CONSULT\", \"type_alt\": [[\"AGREE\"]]}]}");
    Path pred = Files.writeString(dir.resolve("pred.jsonl"), EVENT + "\n", UTF_8);

    assertThatThrownBy(() -> Scorer.score(gold, pred))
        .isInstanceOf(ScoreInputException.class)
        .hasMessage("doc d1: unhashable type: 'list'");
  }
}
