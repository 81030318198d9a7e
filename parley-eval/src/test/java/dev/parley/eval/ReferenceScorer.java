package dev.parley.eval;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Python reference scorer, {@code ../shared/eval/score.py} beside the repository root, run
 * with {@code python3}. Tests that use it are skipped where either is missing.
 */
final class ReferenceScorer {
  private final Path script;

  private ReferenceScorer(Path script) {
    this.script = script;
  }

  /** The reference scorer, or the test is skipped. */
  static ReferenceScorer require() {
    Optional<Path> root = repositoryRoot(Path.of("").toAbsolutePath());
    assumeTrue(root.isPresent(), "repository root (pom.xml with module parley-eval) not found");
    Path script = root.get().resolve("../shared/eval/score.py").normalize();
    assumeTrue(Files.isRegularFile(script), "no " + script);
    assumeTrue(pythonWorks(), "python3 not available");
    return new ReferenceScorer(script);
  }

  /** The bytes {@code score.py --gold goldDir --pred predFile [--verbose] [--json]} prints. */
  byte[] score(Path goldDir, Path predFile, boolean verbose, boolean json) throws IOException {
    List<String> command = new ArrayList<>(List.of("python3", script.toString(),
        "--gold", goldDir.toString(), "--pred", predFile.toString()));
    if (verbose) {
      command.add("--verbose");
    }
    if (json) {
      command.add("--json");
    }
    return run(command);
  }

  /** What {@code python3 -c program} prints, with score.py importable as {@code score}. */
  String python(String program) throws IOException {
    return new String(run(List.of("python3", "-c", "import sys; sys.path.insert(0, sys.argv[1])\n" + program,
        script.getParent().toString())), UTF_8);
  }

  static Path resource(String name) {
    try {
      return Path.of(ReferenceScorer.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] run(List<String> command) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().put("PYTHONIOENCODING", "utf-8");
    Process process = builder.start();
    try (InputStream out = process.getInputStream(); InputStream err = process.getErrorStream()) {
      byte[] stdout = out.readAllBytes();
      String stderr = new String(err.readAllBytes(), UTF_8);
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(command + " failed: " + stderr);
      }
      return stdout;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
  }

  private static Optional<Path> repositoryRoot(Path start) {
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      Path pom = dir.resolve("pom.xml");
      try {
        if (Files.isRegularFile(pom) && Files.readString(pom).contains("<module>parley-eval</module>")) {
          return Optional.of(dir);
        }
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static boolean pythonWorks() {
    try {
      Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      process.getInputStream().readAllBytes();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
