package dev.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Predictions made from gold documents by seeded random edits: types swapped for their
 * alternatives or others, actors written as strings, objects, composite codes, aliases or
 * lower case, dates shifted or at other precisions and layouts, places as bare strings,
 * unknown documents, and invented events. For comparing the two scorers on many cases.
 */
final class RandomPredictions {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> TYPES = List.of("CONSULT", "AGREE", "SUPPORT", "COOPERATE",
      "AID", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "ASSAULT");
  private static final List<String> STATUSES = List.of("occurred", "planned", "proposed");
  private static final List<String> ACTORS = List.of("VNM", "PHL", "JPN", "DEU", "FRA", "RUS",
      "BLR", "CHN", "IDN", "EU", "ASEAN", "NATO", "UN", "KOR");
  private static final List<String> ALIASES = List.of("EEAS", "IGOEUREEC", "IGONAT", "UNO", "UNSC");
  private static final List<String> SECTORS = List.of("GOV", "MIL", "DIP", "XYZ");

  private final Random random;
  private final List<String> lines = new ArrayList<>();

  private RandomPredictions(long seed) {
    this.random = new Random(seed);
  }

  /** The lines of a prediction file made from the gold documents in {@code goldDir}. */
  static List<String> from(Path goldDir, long seed) throws IOException {
    RandomPredictions predictions = new RandomPredictions(seed);
    List<Path> files;
    try (Stream<Path> list = Files.list(goldDir)) {
      files = list.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    for (Path file : files) {
      JsonNode doc = JSON.readTree(file.toFile());
      String name = file.getFileName().toString();
      predictions.document(doc.has("id") ? doc.get("id").asText() : name.substring(0, name.length() - 5), doc);
    }
    Collections.shuffle(predictions.lines, predictions.random);
    return predictions.lines;
  }

  private void document(String docId, JsonNode doc) throws IOException {
    List<JsonNode> events = new ArrayList<>();
    doc.path("events").forEach(events::add);
    doc.path("background_events").forEach(events::add);
    for (JsonNode event : events) {
      for (int copies = random.nextInt(3); copies > 0; copies--) {
        emit(docId, edit((ObjectNode) event.deepCopy()));
      }
    }
    for (int invented = random.nextInt(3); invented > 0; invented--) {
      ObjectNode event = NODES.objectNode();
      event.put("type", pick(TYPES));
      event.set("source", actors(List.of(pick(ACTORS))));
      event.set("target", actors(List.of(pick(ACTORS))));
      event.put("status", pick(STATUSES));
      emit(docId, event);
    }
  }

  private void emit(String docId, ObjectNode event) throws IOException {
    ObjectNode line = NODES.objectNode();
    line.put("doc", chance(5) ? "unknown-" + random.nextInt(3) : docId);
    line.setAll(event);
    lines.add(JSON.writeValueAsString(line));
    if (chance(5)) {
      lines.add(chance(50) ? "" : "  \t");
    }
  }

  private ObjectNode edit(ObjectNode event) {
    event.remove(List.of("evidence", "evidence_alt", "topics", "note", "date_basis"));
    editChoice(event, "type", "type_alt", TYPES);
    editChoice(event, "status", "status_alt", STATUSES);
    editChoice(event, "mode", "mode_alt", List.of("meet", "visit", "sign", "phone"));
    editActors(event);
    editDate(event);
    editCameo(event);
    editLocation(event);
    Stream.of("type_alt", "status_alt", "mode_alt", "target_alt").forEach(event::remove);
    return event;
  }

  private void editChoice(ObjectNode event, String field, String alternatives, List<String> others) {
    int roll = random.nextInt(100);
    if (roll < 15 && event.path(alternatives).size() > 0) {
      event.set(field, event.get(alternatives).get(0));
    } else if (roll < 30) {
      event.put(field, pick(others));
    } else if (roll < 35) {
      event.remove(field);
    } else if (roll < 40) {
      event.putNull(field);
    }
  }

  private void editActors(ObjectNode event) {
    List<String> sources = codes(event.path("source"));
    List<String> targets = codes(event.path("target"));
    if (chance(15) && event.path("target_alt").size() > 0) {
      targets = List.of(event.get("target_alt").get(0).asText());
    }
    if (chance(10)) {
      List<String> swap = sources;
      sources = targets;
      targets = swap;
    }
    event.set("source", actors(vary(sources)));
    event.set("target", actors(vary(targets)));
    if (chance(10) && event.get("target").size() == 1) {
      event.set("target", event.get("target").get(0));
    }
  }

  private List<String> vary(List<String> codes) {
    List<String> varied = new ArrayList<>(codes);
    if (chance(10) && !varied.isEmpty()) {
      varied.remove(random.nextInt(varied.size()));
    }
    if (chance(10)) {
      varied.add(pick(ACTORS));
    }
    return varied;
  }

  private ArrayNode actors(List<String> codes) {
    ArrayNode actors = NODES.arrayNode();
    for (String code : codes) {
      int roll = random.nextInt(100);
      if (roll < 40) {
        actors.add(code);
      } else if (roll < 60) {
        actors.addObject().put("code", code).put("sector", "GOV");
      } else if (roll < 75 && code.length() == 3) {
        actors.add(code + pick(SECTORS));
      } else if (roll < 85) {
        actors.add(" " + code.toLowerCase() + " ");
      } else if (roll < 92) {
        actors.add(code.equals("EU") || code.equals("NATO") || code.equals("UN") ? pick(ALIASES) : code);
      } else if (roll < 96) {
        actors.addObject().putNull("code");
      } else {
        actors.add("");
      }
    }
    return actors;
  }

  private void editDate(ObjectNode event) {
    String date = event.path("date").asText("");
    int roll = random.nextInt(100);
    if (roll < 40) {
      return;
    }
    if (roll < 50) {
      event.put("date", date.substring(0, Math.min(date.length(), chance(50) ? 7 : 4)));
    } else if (roll < 75 && date.length() == 10) {
      event.put("date", shifted(date));
    } else if (roll < 80) {
      event.putNull("date");
    } else if (roll < 84) {
      event.put("date", "");
    } else if (roll < 88) {
      event.remove("date");
    } else if (roll < 92) {
      event.put("date", date + "T09:30:00Z");
    } else if (roll < 96 && date.length() >= 4) {
      event.put("date", Integer.parseInt(date.substring(0, 4)));
    } else {
      event.put("date", pick(List.of("2023-13-01", "2023-02-30", "0000-01-01", "2023-6-1", "soon")));
    }
  }

  /** The date a day or two away, written as ISO, compact or ISO week. */
  private String shifted(String date) {
    LocalDate day;
    try {
      day = LocalDate.parse(date).plusDays(random.nextInt(5) - 2);
    } catch (DateTimeParseException e) {
      return date;
    }
    int layout = random.nextInt(4);
    if (layout == 0) {
      return day.toString().replace("-", "");
    }
    if (layout == 1) {
      return String.format("%d-W%02d-%d", day.get(IsoFields.WEEK_BASED_YEAR),
          day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), day.getDayOfWeek().getValue());
    }
    return day.toString();
  }

  private void editCameo(ObjectNode event) {
    String cameo = event.path("cameo").asText("");
    int roll = random.nextInt(100);
    if (roll < 10 && cameo.length() > 2) {
      event.put("cameo", cameo.substring(0, 2));
    } else if (roll < 20) {
      event.put("cameo", pick(List.of("040", "057", "0212", "112", "1")));
    } else if (roll < 25 && !cameo.isEmpty()) {
      event.put("cameo", Integer.parseInt(cameo));
    } else if (roll < 30) {
      event.remove("cameo");
    }
  }

  private void editLocation(ObjectNode event) {
    JsonNode location = event.path("location");
    String place = location.path("place").asText("");
    int roll = random.nextInt(100);
    if (roll < 15 && !place.isEmpty()) {
      event.put("location", place);
    } else if (roll < 25 && !place.isEmpty()) {
      ((ObjectNode) location).put("place", "  " + place.toUpperCase() + " ");
    } else if (roll < 35 && location.has("country")) {
      ((ObjectNode) location).put("country", location.get("country").asText().toLowerCase() + pick(SECTORS));
    } else if (roll < 40 && location.has("country")) {
      ((ObjectNode) location).putObject("country").set("code", TextNode.valueOf(pick(ACTORS)));
    } else if (roll < 50) {
      event.remove("location");
    }
  }

  private static List<String> codes(JsonNode actors) {
    List<String> codes = new ArrayList<>();
    actors.forEach(a -> codes.add(a.isObject() ? a.path("code").asText() : a.asText()));
    return codes;
  }

  private boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
