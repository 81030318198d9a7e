package dev.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * What became of one event, as {@code score.py --verbose} lists it. Text fields hold the
 * event's values as Python's {@code str()} prints them ({@code "None"} where absent). Immutable.
 *
 * @param kind match, false positive, missed gold event or neutral prediction
 * @param docId the document
 * @param type the event's type: the prediction's, or the gold event's for a missed one
 * @param mode its mode
 * @param status its status
 * @param date its date
 * @param sources its normalised source codes, sorted
 * @param targets its normalised target codes, sorted
 * @param wrongAttributes for a match, the attributes that were wrong, in scoring order
 */
public record Outcome(Kind kind, String docId, String type, String mode, String status,
    String date, List<String> sources, List<String> targets, List<String> wrongAttributes) {

  /** The four outcomes, named as {@code score.py} prints them. */
  public enum Kind {
    /** A prediction matched to a gold event. */
    TP,
    /** A prediction that matches neither a gold nor a background event. */
    FP,
    /** A gold event no prediction was matched to. */
    FN,
    /** A prediction that matches only a background event: it neither helps nor hurts. */
    NEUTRAL
  }

  public Outcome {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(docId, "docId");
    sources = List.copyOf(sources);
    targets = List.copyOf(targets);
    wrongAttributes = List.copyOf(wrongAttributes);
  }

  static Outcome of(Kind kind, String docId, JsonNode event, List<String> wrongAttributes) {
    return new Outcome(kind, docId,
        PyValue.str(event.get("type")),
        PyValue.str(event.get("mode")),
        PyValue.str(event.get("status")),
        PyValue.str(event.get("date")),
        ActorCodes.of(event, "source").stream().sorted(PyText.ORDER).toList(),
        ActorCodes.of(event, "target").stream().sorted(PyText.ORDER).toList(),
        wrongAttributes);
  }
}
