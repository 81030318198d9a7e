package dev.parley.eval;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the gold directory and the prediction file as {@code score.py} does
 * ({@code load_gold}, {@code load_pred}), with Python's JSON: NaN and Infinity are numbers,
 * nothing may follow the value. Thread-safe.
 */
final class ScorerInputs {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  private static final String BYTE_ORDER_MARK = "\uFEFF";

  private ScorerInputs() {}

  /**
   * The gold documents by id, in the order of their sorted file names; the id is the
   * document's {@code "id"}, or its file name without {@code .json}. A later file with the
   * same id replaces the earlier one in its place.
   */
  static Map<String, JsonNode> loadGold(Path dir) throws IOException {
    Map<String, JsonNode> docs = new LinkedHashMap<>();
    for (Path file : goldFiles(dir)) {
      JsonNode doc = parse(Files.readString(file), file.toString());
      if (!doc.isObject()) {
        throw new ScoreInputException(file + ": not a JSON object");
      }
      String name = file.getFileName().toString();
      JsonNode id = doc.get("id");
      docs.put(PyValue.truthy(id) ? PyValue.str(id) : name.substring(0, name.length() - 5), doc);
    }
    if (docs.isEmpty()) {
      throw new ScoreInputException("no gold *.json files in " + dir);
    }
    return docs;
  }

  /** The predicted events by the {@code str()} of their {@code "doc"}, blank lines skipped. */
  static Map<String, List<JsonNode>> loadPredictions(Path file) throws IOException {
    Map<String, List<JsonNode>> preds = new LinkedHashMap<>();
    try (BufferedReader reader = Files.newBufferedReader(file)) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        String text = PyText.strip(line);
        if (text.isEmpty()) {
          continue;
        }
        String where = file + ":" + number;
        JsonNode event = parse(text, where);
        if (!event.isObject()) {
          throw new ScoreInputException(where + ": event is not a JSON object");
        }
        if (!event.has("doc")) {
          throw new ScoreInputException(where + ": event has no \"doc\" field");
        }
        preds.computeIfAbsent(PyValue.str(event.get("doc")), id -> new ArrayList<>()).add(event);
      }
    }
    return preds;
  }

  /** What {@code glob(dir/*.json)} finds, sorted: hidden files excluded, as glob does. */
  private static List<Path> goldFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(f -> {
            String name = f.getFileName().toString();
            return name.endsWith(".json") && !name.startsWith(".");
          })
          .sorted(Comparator.comparing(f -> f.getFileName().toString(), PyText.ORDER))
          .toList();
    }
  }

  /** One JSON value; {@code where} is the file, or the file and line, the message names. */
  private static JsonNode parse(String text, String where) {
    if (text.startsWith(BYTE_ORDER_MARK)) {
      // Python decodes with "utf-8", which keeps the mark, and json refuses it.
      throw new ScoreInputException(where + ": not JSON: unexpected UTF-8 byte order mark");
    }
    try {
      JsonNode value = JSON.readTree(text);
      if (value.isMissingNode()) {
        throw new ScoreInputException(where + ": not JSON: no value");
      }
      return value;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String position = at == null ? "" : " (line " + at.getLineNr() + " column " + at.getColumnNr() + ")";
      throw new ScoreInputException(where + ": not JSON: " + e.getOriginalMessage() + position, e);
    }
  }
}
