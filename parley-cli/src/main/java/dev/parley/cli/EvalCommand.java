package dev.parley.cli;

import dev.parley.eval.ScoreInputException;
import dev.parley.eval.ScoreReport;
import dev.parley.eval.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code parley eval}: scores predicted events against gold, with the same figures as shared/eval/score.py. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores predicted events against gold annotations (the figures of score.py).")
final class EvalCommand implements Callable<Integer> {

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "folder of gold <doc-id>.json files")
    Path gold;

    @Option(names = "--pred", required = true, paramLabel = "FILE", description = "predicted events, JSON Lines")
    Path pred;

    @Option(names = "--verbose", description = "list every TP/FP/FN")
    boolean verbose;

    @Option(names = "--json", description = "print one JSON summary line last")
    boolean json;

    @Option(names = "--participants", description = "also report the share of gold participants found")
    boolean participants;

    @Override
    public Integer call() {
        if (!Files.isDirectory(gold)) {
            System.err.println("parley eval: " + gold + ": not a folder of gold files");
            return ParleyCommand.FAILED;
        }
        try {
            ScoreReport report = Scorer.score(gold, pred);
            System.out.print(report.format(verbose, participants));
            if (json) {
                System.out.println(report.toJson(participants));
            }
            return ParleyCommand.OK;
        } catch (ScoreInputException e) {
            System.err.println("parley eval: " + e.getMessage());
            return ParleyCommand.FAILED;
        } catch (java.io.IOException e) {
            System.err.println("parley eval: cannot read " + e.getMessage() + "; check the paths");
            return ParleyCommand.FAILED;
        }
    }
}
