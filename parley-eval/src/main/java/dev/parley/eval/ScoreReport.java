package dev.parley.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The figures of one scoring run, and their text as {@code score.py} prints them.
 *
 * <p>{@link #format(boolean)} and {@link #toJson()} give exactly what {@code score.py} prints
 * (without and with {@code --verbose}; the {@code --json} line). The participants figure, which
 * {@code score.py} does not have, appears only when asked for. Immutable and thread-safe.
 */
public final class ScoreReport {
  private final int documents;
  private final EventTally totals;
  private final int neutral;
  private final SortedMap<String, Accuracy> attributes;
  private final List<TypeTally> byType;
  private final Map<String, EventTally> byLanguage;
  private final List<Outcome> outcomes;
  private final List<String> unknownDocIds;
  private final Accuracy participants;

  ScoreReport(int documents, EventTally totals, int neutral, Map<String, Accuracy> attributes,
      List<TypeTally> byType, Map<String, EventTally> byLanguage, List<Outcome> outcomes,
      List<String> unknownDocIds, Accuracy participants) {
    this.documents = documents;
    this.totals = totals;
    this.neutral = neutral;
    TreeMap<String, Accuracy> sorted = new TreeMap<>(PyText.ORDER);
    sorted.putAll(attributes);
    this.attributes = Collections.unmodifiableSortedMap(sorted);
    this.byType = List.copyOf(byType);
    this.byLanguage = Collections.unmodifiableMap(new LinkedHashMap<>(byLanguage));
    this.outcomes = List.copyOf(outcomes);
    this.unknownDocIds = List.copyOf(unknownDocIds);
    this.participants = participants;
  }

  /** Gold documents read. */
  public int documents() {
    return documents;
  }

  /** Counts over all documents. */
  public EventTally totals() {
    return totals;
  }

  /** Predictions that matched only a background event. */
  public int neutral() {
    return neutral;
  }

  /** Accuracy of each attribute over matched pairs, by attribute name in sorted order. */
  public SortedMap<String, Accuracy> attributes() {
    return attributes;
  }

  /** Counts by event type, sorted by the type as printed. */
  public List<TypeTally> byType() {
    return byType;
  }

  /** Counts for {@code "en"} and {@code "non-en"} documents, in the order first counted. */
  public Map<String, EventTally> byLanguage() {
    return byLanguage;
  }

  /** Every match, false positive, missed gold event and neutral prediction, by document. */
  public List<Outcome> outcomes() {
    return outcomes;
  }

  /** Document ids that predictions name but the gold does not have, sorted. */
  public List<String> unknownDocIds() {
    return unknownDocIds;
  }

  /** Gold participants (with an actor) of matched pairs that the prediction names too. */
  public Accuracy participants() {
    return participants;
  }

  /** The text {@code score.py} prints, with or without {@code --verbose}; every line ends in a newline. */
  public String format(boolean verbose) {
    return format(verbose, false);
  }

  /**
   * As {@link #format(boolean)}, plus a {@code participants found} line after the attributes
   * when {@code includeParticipants} is true.
   */
  public String format(boolean verbose, boolean includeParticipants) {
    return ReportText.render(this, verbose, includeParticipants);
  }

  /** The summary line {@code score.py --json} prints last, without its newline. */
  public String toJson() {
    return toJson(false);
  }

  /**
   * As {@link #toJson()}, plus a last entry {@code "participants": {"recall": 0.714, "n": 7}}
   * when {@code includeParticipants} is true.
   */
  public String toJson(boolean includeParticipants) {
    return ReportJson.render(this, includeParticipants);
  }
}
