package dev.parley.eval;

import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Renders a {@link ScoreReport} as the line {@code score.py --json} prints: Python's
 * {@code json.dumps} layout ({@code ", "} and {@code ": "}), floats as Python's {@code repr},
 * keys in score.py's order. Stateless.
 */
final class ReportJson {
  private ReportJson() {}

  static String render(ScoreReport report, boolean includeParticipants) {
    StringJoiner json = summary(report.totals());
    json.add(entry("neutral", Integer.toString(report.neutral())));
    json.add(entry("attributes", object(report.attributes(), a -> figure(a.value()))));
    json.add(entry("by_lang", object(report.byLanguage(), t -> summary(t).toString())));
    if (includeParticipants) {
      Accuracy found = report.participants();
      json.add(entry("participants",
          "{" + entry("recall", figure(found.value())) + ", " + entry("n", Integer.toString(found.total())) + "}"));
    }
    return json.toString();
  }

  /** score.py's {@code summary(bucket)}. */
  private static StringJoiner summary(EventTally tally) {
    PrecisionRecall core = tally.core();
    PrecisionRecall strict = tally.strict();
    return new StringJoiner(", ", "{", "}")
        .add(entry("p", figure(core.precision())))
        .add(entry("r", figure(core.recall())))
        .add(entry("f1", figure(core.f1())))
        .add(entry("p_strict", figure(strict.precision())))
        .add(entry("r_strict", figure(strict.recall())))
        .add(entry("f1_strict", figure(strict.f1())))
        .add(entry("tp", Integer.toString(tally.truePositives())))
        .add(entry("fp", Integer.toString(tally.falsePositives())))
        .add(entry("gold", Integer.toString(tally.gold())));
  }

  private static <V> String object(Map<String, V> entries, Function<V, String> value) {
    StringJoiner json = new StringJoiner(", ", "{", "}");
    entries.forEach((key, v) -> json.add(entry(key, value.apply(v))));
    return json.toString();
  }

  /** Keys are score.py's own ASCII names, which need no escaping. */
  private static String entry(String key, String value) {
    return "\"" + key + "\": " + value;
  }

  private static String figure(double x) {
    return PyNumber.repr(PyNumber.round(x, 3));
  }
}
