/**
 * Scoring of predicted events against gold annotations, figure for figure as
 * {@code shared/eval/score.py}.
 *
 * <p>{@link dev.parley.eval.Scorer} reads a gold directory and a JSON Lines file of predicted
 * events and returns a {@link dev.parley.eval.ScoreReport}, whose text and JSON are the ones the
 * Python scorer prints. The classes named {@code Py*} reproduce the few pieces of Python
 * behaviour that the figures and their printing depend on.
 */
package dev.parley.eval;
