package dev.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The attributes of a matched pair, right or wrong, in {@code score.py}'s order: status, date,
 * actors_exact, then mode, cameo, cameo_root, direction, place and country where the gold event
 * has them ({@code attrs}). Immutable.
 */
record AttributeCheck(Map<String, Boolean> results) {
  AttributeCheck {
    results = Collections.unmodifiableMap(new LinkedHashMap<>(results));
  }

  static AttributeCheck of(JsonNode pred, JsonNode gold) {
    Set<String> predSources = ActorCodes.of(pred, "source");
    Set<String> predTargets = ActorCodes.of(pred, "target");
    Set<String> goldSources = ActorCodes.of(gold, "source");
    Set<String> goldTargets = ActorCodes.of(gold, "target");
    Map<String, Boolean> out = new LinkedHashMap<>();
    out.put("status", PyValue.oneOf(pred.get("status"), gold.get("status"), gold.get("status_alt")));
    out.put("date", DateRule.accepts(pred, gold));
    out.put("actors_exact", CoreMatch.union(predSources, predTargets)
        .equals(CoreMatch.union(goldSources, goldTargets)));
    if (PyValue.truthy(gold.get("mode"))) {
      out.put("mode", PyValue.oneOf(pred.get("mode"), gold.get("mode"), gold.get("mode_alt")));
    }
    if (PyValue.truthy(gold.get("cameo"))) {
      String predicted = PyValue.truthy(pred.get("cameo")) ? PyValue.str(pred.get("cameo")) : "";
      String expected = PyValue.text(gold.get("cameo"), "gold cameo");
      out.put("cameo", predicted.equals(expected));
      out.put("cameo_root", PyText.slice(predicted, 0, 2).equals(PyText.slice(expected, 0, 2)));
    }
    if (!PyValue.truthy(gold.get("symmetric"))) {
      out.put("direction", predSources.equals(goldSources) && predTargets.equals(goldTargets));
    }
    JsonNode goldLocation = location(gold.get("location"), "gold");
    JsonNode predLocation = location(placeAsLocation(pred.get("location")), "predicted");
    if (PyValue.truthy(goldLocation.get("place"))) {
      out.put("place", place(predLocation.get("place"), "predicted")
          .equals(place(goldLocation.get("place"), "gold")));
    }
    if (PyValue.truthy(goldLocation.get("country"))) {
      Optional<String> country = ActorCodes.normalise(predLocation.get("country"));
      out.put("country", country.equals(ActorCodes.normalise(goldLocation.get("country"))));
    }
    return new AttributeCheck(out);
  }

  /** Status, date, exact actors and direction (1 where not scored), as the greedy order ranks pairs. */
  int weight() {
    return count("status") + count("date") + count("actors_exact")
        + (results.containsKey("direction") ? count("direction") : 1);
  }

  /** Status and date both right: the pair counts for strict P/R/F1. */
  boolean strict() {
    return results.get("status") && results.get("date");
  }

  /** The attributes that were wrong, in scoring order. */
  List<String> wrong() {
    return results.entrySet().stream().filter(e -> !e.getValue()).map(Map.Entry::getKey).toList();
  }

  private int count(String attribute) {
    return results.get(attribute) ? 1 : 0;
  }

  /** A prediction may give its location as a bare place name. */
  private static JsonNode placeAsLocation(JsonNode location) {
    return location != null && location.isTextual()
        ? JsonNodeFactory.instance.objectNode().set("place", location)
        : location;
  }

  private static JsonNode location(JsonNode location, String side) {
    if (!PyValue.truthy(location)) {
      return JsonNodeFactory.instance.objectNode();
    }
    if (!location.isObject()) {
      throw new ScoreInputException(side + " location is not an object: " + PyValue.repr(location));
    }
    return location;
  }

  private static String place(JsonNode place, String side) {
    String text = PyValue.truthy(place) ? PyValue.text(place, side + " place") : "";
    return PyText.lower(PyText.strip(text));
  }
}
