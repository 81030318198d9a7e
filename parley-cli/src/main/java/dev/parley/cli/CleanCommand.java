package dev.parley.cli;

import dev.parley.api.CleanArticle;
import dev.parley.api.Removal;
import dev.parley.api.Sentence;
import dev.parley.io.ArticleInputs;
import dev.parley.io.InputRecord;
import dev.parley.io.ReadLimits;
import dev.parley.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code parley clean}: shows what the cleaner keeps and what it removes, and why. */
@Command(name = "clean", mixinStandardHelpOptions = true,
        description = {"Prints each cleaned article: language, publication date and its source, dateline, the kept",
                "sentences (headline, body, caption) and every removed piece with its reason."})
final class CleanCommand implements Callable<Integer> {

    @Parameters(paramLabel = "INPUT", description = "inputs as for extract; none or '-' reads standard input")
    List<String> inputs = List.of();

    @Override
    public Integer call() {
        PrintStream out = System.out;
        Pipeline pipeline = Pipeline.standard();
        int setAside = 0;
        for (String name : inputs.isEmpty() ? List.of("-") : inputs) {
            Iterator<InputRecord> records = ArticleInputs.open(name, System.in, ReadLimits.DEFAULT);
            while (records.hasNext()) {
                InputRecord r = records.next();
                if (r instanceof InputRecord.Read read) {
                    print(pipeline.clean(read.article()), out);
                } else if (r instanceof InputRecord.Rejected rejected) {
                    setAside++;
                    System.err.println("set aside: " + rejected.reason());
                }
            }
        }
        return setAside > 0 ? ParleyCommand.SET_ASIDE : ParleyCommand.OK;
    }

    private static void print(CleanArticle a, PrintStream out) {
        String text = a.article().text();
        out.println("=== " + a.article().id());
        out.println("language: " + a.language());
        String published = a.publishedInText().map(d -> d + " (stated in the text)")
                .or(() -> a.article().published().map(d -> d + " (from the record)")).orElse("unknown");
        out.println("published: " + published);
        a.dateline().ifPresent(d -> out.println("dateline: " + d.place() + d.agency().map(x -> " (" + x + ")").orElse("")));
        a.author().ifPresent(x -> out.println("author: " + x));
        a.article().url().ifPresent(u -> out.println("url: " + u));
        for (Sentence s : a.sentences()) {
            out.printf("  %-8s %s%n", s.kind().name().toLowerCase(java.util.Locale.ROOT), oneLine(s.text()));
        }
        for (Removal r : a.removed()) {
            out.printf("  removed  [%s] %s%n", r.reason(), oneLine(r.span().of(text)));
        }
        out.println();
    }

    private static String oneLine(String s) {
        String t = s.replaceAll("\\s+", " ").strip();
        return t.length() > 160 ? t.substring(0, 157) + "..." : t;
    }
}
