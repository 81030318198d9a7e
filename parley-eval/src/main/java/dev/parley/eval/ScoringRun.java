package dev.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * One scoring run: pairs each document's predictions with its gold events ({@code score.py}'s
 * {@code score}) and keeps the counts. Not thread-safe; {@link Scorer} makes one per call.
 */
final class ScoringRun {
  private EventTally totals = EventTally.NONE;
  private int neutral;
  private final Map<String, Accuracy> attributes = new TreeMap<>(PyText.ORDER);
  private final Map<Object, TypeTally> byType = new LinkedHashMap<>();
  private final Map<String, EventTally> byLanguage = new LinkedHashMap<>();
  private final List<Outcome> outcomes = new ArrayList<>();
  private Accuracy participants = Accuracy.NONE;

  /** Scores one gold document against the predictions that name it. */
  void scoreDocument(String docId, JsonNode doc, List<JsonNode> predicted) {
    try {
      JsonNode language = doc.get("language");
      boolean english = !PyValue.truthy(language) || PyValue.isText(language, "en");
      scoreEvents(docId, english ? "en" : "non-en", goldEvents(doc), predicted, doc.get("background_events"));
    } catch (ScoreInputException e) {
      throw new ScoreInputException("doc " + docId + ": " + e.getMessage(), e);
    }
  }

  private void scoreEvents(String docId, String language, List<JsonNode> gold,
      List<JsonNode> predicted, JsonNode background) {
    boolean[] predUsed = new boolean[predicted.size()];
    boolean[] goldUsed = new boolean[gold.size()];
    for (Candidate pair : candidates(predicted, gold)) {
      if (!predUsed[pair.pred()] && !goldUsed[pair.gold()]) {
        predUsed[pair.pred()] = true;
        goldUsed[pair.gold()] = true;
        countMatch(docId, language, predicted.get(pair.pred()), gold.get(pair.gold()), pair.attributes());
      }
    }
    for (int i = 0; i < predicted.size(); i++) {
      if (!predUsed[i]) {
        countUnmatched(docId, language, predicted.get(i), background);
      }
    }
    for (int j = 0; j < gold.size(); j++) {
      count(gold.get(j).get("type"), language, EventTally::plusGold);
      if (!goldUsed[j]) {
        outcomes.add(Outcome.of(Outcome.Kind.FN, docId, gold.get(j), List.of()));
      }
    }
  }

  private void countMatch(String docId, String language, JsonNode pred, JsonNode gold, AttributeCheck check) {
    check.results().forEach((name, right) -> attributes.merge(name, Accuracy.of(right), Accuracy::plus));
    count(gold.get("type"), language, tally -> tally.plusMatch(check.strict()));
    participants = participants.plus(ParticipantMatch.found(pred, gold));
    outcomes.add(Outcome.of(Outcome.Kind.TP, docId, pred, check.wrong()));
  }

  /** A prediction left unpaired: neutral if it matches a background event, else a false positive. */
  private void countUnmatched(String docId, String language, JsonNode pred, JsonNode background) {
    if (matchesBackground(pred, background)) {
      neutral++;
      outcomes.add(Outcome.of(Outcome.Kind.NEUTRAL, docId, pred, List.of()));
    } else {
      count(pred.get("type"), language, EventTally::plusFalsePositive);
      outcomes.add(Outcome.of(Outcome.Kind.FP, docId, pred, List.of()));
    }
  }

  /** Every core-matching pair, most right attributes first, then by prediction and gold order. */
  private static List<Candidate> candidates(List<JsonNode> predicted, List<JsonNode> gold) {
    List<Candidate> candidates = new ArrayList<>();
    for (int i = 0; i < predicted.size(); i++) {
      for (int j = 0; j < gold.size(); j++) {
        if (CoreMatch.matches(predicted.get(i), gold.get(j))) {
          candidates.add(new Candidate(i, j, AttributeCheck.of(predicted.get(i), gold.get(j))));
        }
      }
    }
    candidates.sort(Comparator.comparingInt((Candidate c) -> -c.attributes().weight())
        .thenComparingInt(Candidate::pred)
        .thenComparingInt(Candidate::gold));
    return candidates;
  }

  private static boolean matchesBackground(JsonNode pred, JsonNode background) {
    for (JsonNode event : PyValue.iterate(background)) {
      if (CoreMatch.matches(pred, requireEvent(event, "background event"))) {
        return true;
      }
    }
    return false;
  }

  /** The document's gold events; each must be an object with a {@code "type"} field. */
  private static List<JsonNode> goldEvents(JsonNode doc) {
    List<JsonNode> events = PyValue.iterate(doc.get("events"));
    for (JsonNode event : events) {
      if (!requireEvent(event, "gold event").has("type")) {
        throw new ScoreInputException("gold event has no \"type\" field");
      }
    }
    return events;
  }

  private static JsonNode requireEvent(JsonNode event, String what) {
    if (!event.isObject()) {
      throw new ScoreInputException(what + " is not a JSON object: " + PyValue.repr(event));
    }
    return event;
  }

  /** Applies {@code update} to the totals, the type's bucket and the language's bucket. */
  private void count(JsonNode type, String language, UnaryOperator<EventTally> update) {
    totals = update.apply(totals);
    byType.compute(PyValue.key(type), (key, tally) -> tally == null
        ? new TypeTally(PyValue.str(type), update.apply(EventTally.NONE))
        : new TypeTally(tally.type(), update.apply(tally.tally())));
    byLanguage.compute(language, (key, tally) -> update.apply(tally == null ? EventTally.NONE : tally));
  }

  /** The report once every document is scored. */
  ScoreReport report(int documents, List<String> unknownDocIds) {
    List<TypeTally> types = new ArrayList<>(byType.values());
    types.sort(Comparator.comparing(TypeTally::type, PyText.ORDER)); // stable, as Python's sorted
    return new ScoreReport(documents, totals, neutral, attributes, types, byLanguage, outcomes,
        unknownDocIds, participants);
  }

  private record Candidate(int pred, int gold, AttributeCheck attributes) {}
}
