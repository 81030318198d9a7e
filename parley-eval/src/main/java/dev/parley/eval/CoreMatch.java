package dev.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether a predicted event matches a gold event at all ({@code score.py}'s
 * {@code core_match}): the type agrees or is one of the gold {@code type_alt}, and the actors
 * agree, with or without the gold {@code target_alt}. Stateless.
 */
final class CoreMatch {
  /**
   * Stands for Python's {@code None} among the alternative targets, where score.py keeps it and
   * it widens the union. Codes are upper-cased, so no code can be "None".
   */
  private static final String NO_CODE = "None";

  private CoreMatch() {}

  static boolean matches(JsonNode pred, JsonNode gold) {
    if (!PyValue.oneOf(pred.get("type"), gold.get("type"), gold.get("type_alt"))) {
      return false;
    }
    Set<String> predicted = union(ActorCodes.of(pred, "source"), ActorCodes.of(pred, "target"));
    Set<String> expected = union(ActorCodes.of(gold, "source"), ActorCodes.of(gold, "target"));
    Set<String> alternatives = new HashSet<>();
    PyValue.iterate(gold.get("target_alt"))
        .forEach(a -> alternatives.add(ActorCodes.normalise(a).orElse(NO_CODE)));
    return actorsAgree(predicted, expected)
        || (!alternatives.isEmpty() && actorsAgree(predicted, union(expected, alternatives)));
  }

  /** Jaccard of at least 0.5, and one actor alone does not match a pair. */
  static boolean actorsAgree(Set<String> predicted, Set<String> expected) {
    Set<String> common = new HashSet<>(predicted);
    common.retainAll(expected);
    Set<String> all = union(predicted, expected);
    double jaccard = all.isEmpty() ? 1.0 : (double) common.size() / all.size();
    return jaccard >= 0.5 && common.size() >= Math.min(2, expected.size());
  }

  static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }
}
