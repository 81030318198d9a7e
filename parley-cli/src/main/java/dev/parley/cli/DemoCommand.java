package dev.parley.cli;

import dev.parley.api.Event;
import dev.parley.io.InputRecord;
import dev.parley.io.JsonLinesArticleReader;
import dev.parley.pipeline.ArticleResult;
import dev.parley.pipeline.Pipeline;
import picocli.CommandLine.Command;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code parley demo}: runs the pipeline on the bundled sample corpus and prints what it found. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Runs Parley on its bundled sample corpus and prints a readable summary.")
final class DemoCommand implements Callable<Integer> {

    static final String SAMPLE = "/dev/parley/sample/articles.jsonl";
    private static final int SHOWN = 5;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        Pipeline pipeline = Pipeline.standard();
        List<Event> events = new ArrayList<>();
        int articles = 0;
        try (InputStream in = DemoCommand.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                System.err.println("parley demo: the sample corpus is missing from this build; rebuild with ./mvnw package");
                return ParleyCommand.FAILED;
            }
            JsonLinesArticleReader reader = new JsonLinesArticleReader(in, "sample corpus");
            while (reader.hasNext()) {
                if (reader.next() instanceof InputRecord.Read read) {
                    articles++;
                    ArticleResult r = pipeline.process(read.article());
                    events.addAll(r.events());
                }
            }
        }
        out.printf("Parley demo: %d sample articles, %d events%n%n", articles, events.size());
        out.println("Events by type:");
        Map<String, Long> byType = new TreeMap<>(events.stream()
                .collect(Collectors.groupingBy(e -> e.type() + "/" + e.mode(), Collectors.counting())));
        byType.forEach((k, v) -> out.printf("  %-22s %3d%n", k, v));
        out.println();
        out.println("Top actor pairs:");
        events.stream().collect(Collectors.groupingBy(DemoCommand::pair, Collectors.counting()))
                .entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(SHOWN).forEach(e -> out.printf("  %-22s %3d%n", e.getKey(), e.getValue()));
        out.println();
        out.println("Some events with their evidence:");
        events.stream().limit(SHOWN).forEach(e -> {
            out.printf("  [%s] %s/%s %s %s %s -> %s%n", e.doc(), e.type(), e.mode(), e.status().code(),
                    e.date().map(Object::toString).orElse("(no date)"), codes(e.source()), codes(e.target()));
            out.printf("      \"%s\"%n", e.evidence().get(0).text().replaceAll("\\s+", " "));
            out.printf("      rule: %s%n", e.rule());
        });
        return ParleyCommand.OK;
    }

    private static String pair(Event e) {
        return e.actorCodes().stream().sorted().collect(Collectors.joining(" - "));
    }

    private static String codes(List<dev.parley.api.Actor> actors) {
        return actors.stream().map(dev.parley.api.Actor::code).collect(Collectors.joining("+"));
    }
}
