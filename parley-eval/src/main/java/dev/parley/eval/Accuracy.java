package dev.parley.eval;

/**
 * How often something was right, over matched pairs. Immutable.
 *
 * @param hits the times it was right
 * @param total the times it was scored
 */
public record Accuracy(int hits, int total) {
  static final Accuracy NONE = new Accuracy(0, 0);

  /** Hits over total, unrounded; 0.0 when nothing was scored. */
  public double value() {
    return total > 0 ? (double) hits / total : 0.0;
  }

  static Accuracy of(boolean hit) {
    return new Accuracy(hit ? 1 : 0, 1);
  }

  Accuracy plus(Accuracy other) {
    return new Accuracy(hits + other.hits, total + other.total);
  }
}
