package dev.parley.eval;

/**
 * Event counts of one bucket (all documents, one type or one language group). Immutable.
 *
 * @param truePositives predictions matched to a gold event
 * @param strictTruePositives matched predictions whose status and date are right too
 * @param falsePositives predictions that match neither a gold nor a background event
 * @param gold gold events
 */
public record EventTally(int truePositives, int strictTruePositives, int falsePositives, int gold) {
  static final EventTally NONE = new EventTally(0, 0, 0, 0);

  /** Core figures: type and actors agree. */
  public PrecisionRecall core() {
    return PrecisionRecall.of(truePositives, falsePositives, gold);
  }

  /** Strict figures: a match with a wrong status or date counts as a false positive. */
  public PrecisionRecall strict() {
    return PrecisionRecall.of(strictTruePositives,
        falsePositives + truePositives - strictTruePositives, gold);
  }

  EventTally plusMatch(boolean strict) {
    return new EventTally(truePositives + 1, strictTruePositives + (strict ? 1 : 0), falsePositives, gold);
  }

  EventTally plusFalsePositive() {
    return new EventTally(truePositives, strictTruePositives, falsePositives + 1, gold);
  }

  EventTally plusGold() {
    return new EventTally(truePositives, strictTruePositives, falsePositives, gold + 1);
  }
}
