package dev.parley.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Scores predicted events against gold annotations, figure for figure as
 * {@code shared/eval/score.py}.
 *
 * <p>Input: a directory of gold documents ({@code <doc-id>.json}, read in sorted order) and a
 * JSON Lines file of predicted events, each naming its document in {@code "doc"} (formats in
 * {@code shared/corpus/FORMAT.md}). Within a document, a prediction and a gold event are
 * candidates when their types and actors agree; candidates are paired greedily, most right
 * attributes first, then by prediction and gold order. A prediction left over that matches a
 * background event is neutral; any other is a false positive.
 *
 * <p>Output: a {@link ScoreReport}. Thread-safe: each call works on its own state.
 */
public final class Scorer {
  private Scorer() {}

  /**
   * Scores {@code predFile} against the gold documents in {@code goldDir}.
   *
   * @throws ScoreInputException if a gold file or a prediction line cannot be scored; the
   *     message names the file (and line) and the reason
   * @throws IOException if a file cannot be read
   */
  public static ScoreReport score(Path goldDir, Path predFile) throws IOException {
    Map<String, JsonNode> gold = ScorerInputs.loadGold(goldDir);
    Map<String, List<JsonNode>> predictions = ScorerInputs.loadPredictions(predFile);
    ScoringRun run = new ScoringRun();
    gold.forEach((docId, doc) -> run.scoreDocument(docId, doc, predictions.getOrDefault(docId, List.of())));
    List<String> unknown = predictions.keySet().stream()
        .filter(docId -> !gold.containsKey(docId))
        .sorted(PyText.ORDER)
        .toList();
    return run.report(gold.size(), unknown);
  }
}
