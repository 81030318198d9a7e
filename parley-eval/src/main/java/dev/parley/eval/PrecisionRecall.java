package dev.parley.eval;

/**
 * Precision, recall and F1, unrounded, each 0.0 where its denominator is zero (as
 * {@code score.py}'s {@code prf}). Immutable.
 *
 * @param precision true positives over predictions
 * @param recall true positives over gold events
 * @param f1 harmonic mean of the two
 */
public record PrecisionRecall(double precision, double recall, double f1) {
  static PrecisionRecall of(int truePositives, int falsePositives, int gold) {
    double p = truePositives + falsePositives > 0
        ? (double) truePositives / (truePositives + falsePositives) : 0.0;
    double r = gold > 0 ? (double) truePositives / gold : 0.0;
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    return new PrecisionRecall(p, r, f);
  }
}
