package dev.parley.eval;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders a {@link ScoreReport} as the text {@code score.py} prints. Stateless. */
final class ReportText {
  private ReportText() {}

  static String render(ScoreReport report, boolean verbose, boolean includeParticipants) {
    StringBuilder out = new StringBuilder();
    if (verbose) {
      report.outcomes().forEach(outcome -> line(out, outcome(outcome)));
      line(out, "");
    }
    EventTally totals = report.totals();
    line(out, "docs " + report.documents() + "  gold events " + totals.gold() + "  predicted "
        + (totals.truePositives() + totals.falsePositives() + report.neutral())
        + "  (neutral " + report.neutral() + ")");
    line(out, "core   " + figures(totals.core()));
    line(out, "strict " + figures(totals.strict()));
    line(out, "attributes on matched pairs: " + report.attributes().entrySet().stream()
        .map(e -> e.getKey() + " " + twoPlaces(e.getValue().value()) + " (n=" + e.getValue().total() + ")")
        .collect(Collectors.joining("  ")));
    if (includeParticipants) {
      Accuracy found = report.participants();
      line(out, "participants found " + threePlaces(found.value()) + " (n=" + found.total() + ")");
    }
    report.byType().forEach(t -> line(out, "  type " + breakdown(t.type(), t.tally())));
    report.byLanguage().entrySet().stream()
        .sorted(Map.Entry.comparingByKey(PyText.ORDER))
        .forEach(e -> line(out, "  lang " + breakdown(e.getKey(), e.getValue())));
    List<String> unknown = report.unknownDocIds();
    if (!unknown.isEmpty()) {
      line(out, "warning: predictions for " + unknown.size() + " doc ids not in gold: "
          + PyText.repr(unknown.subList(0, Math.min(5, unknown.size()))));
    }
    return out.toString();
  }

  private static String outcome(Outcome o) {
    String wrong = String.join(",", o.wrongAttributes());
    return PyText.pad(o.kind().name(), 7) + " " + PyText.pad(o.docId(), 22) + " "
        + o.type() + "/" + o.mode() + " " + o.status() + " " + o.date() + " "
        + String.join("+", o.sources()) + "->" + String.join("+", o.targets()) + " "
        + (wrong.isEmpty() ? "" : "wrong: " + wrong);
  }

  private static String figures(PrecisionRecall f) {
    return "P " + threePlaces(f.precision()) + "  R " + threePlaces(f.recall())
        + "  F1 " + threePlaces(f.f1());
  }

  private static String breakdown(String name, EventTally tally) {
    PrecisionRecall f = tally.core();
    return PyText.pad(name, 10) + " P " + twoPlaces(f.precision()) + " R " + twoPlaces(f.recall())
        + " F1 " + twoPlaces(f.f1()) + "  gold " + tally.gold();
  }

  /** score.py rounds every figure to three places first, then prints it. */
  private static String threePlaces(double x) {
    return PyNumber.fixed(PyNumber.round(x, 3), 3);
  }

  private static String twoPlaces(double x) {
    return PyNumber.fixed(PyNumber.round(x, 3), 2);
  }

  private static void line(StringBuilder out, String text) {
    out.append(text).append('\n');
  }
}
