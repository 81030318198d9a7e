package dev.parley.cli;

import dev.parley.pipeline.Pipeline;
import dev.parley.server.ParleyServer;
import dev.parley.server.ServerSettings;
import dev.parley.store.Store;
import dev.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code parley serve}: the store's JSON API and the web UI, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store over HTTP: the web UI at /, the JSON API under /api/ (described at",
                "/openapi.json). Listens on loopback unless --host says otherwise; runs until stopped (Ctrl-C).",
                "POST /api/articles ingests articles when a token is set, from --token or PARLEY_TOKEN."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "1:the store could not be opened or the port taken", "2:usage error"})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Option(names = "--host", paramLabel = "HOST",
            description = "the address to listen on (default: 127.0.0.1; 0.0.0.0 for every interface)")
    String host = ServerSettings.DEFAULT_HOST;

    @Option(names = "--port", paramLabel = "N", description = "the port (default: 8080; 0 for any free port)")
    int port = ServerSettings.DEFAULT_PORT;

    @Option(names = "--token", paramLabel = "TOKEN", defaultValue = "${env:PARLEY_TOKEN}",
            description = "the bearer token writes need (default: the environment variable PARLEY_TOKEN); "
                    + "without one, POST /api/articles is off")
    String token;

    @Mixin
    LexiconOption lexicon;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ServerSettings settings;
        try {
            settings = new ServerSettings(host, port, Optional.ofNullable(token));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Path file = store.file();
        Pipeline pipeline = lexicon.pipeline();
        try (Store s = Store.open(file)) {
            CountDownLatch stopping = new CountDownLatch(1);
            CountDownLatch closed = new CountDownLatch(1);
            try (ParleyServer server = startServer(s, pipeline, settings)) {
                // on Ctrl-C, hold the JVM until the server and the store are closed
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    stopping.countDown();
                    awaitQuietly(closed);
                }, "parley-serve-stop"));
                System.err.printf("parley serve: http://%s:%d/ serving %s; writes %s%n", settings.host(), server.port(),
                        file, settings.token().isPresent() ? "on (bearer token)" : "off (no --token)");
                stopping.await();
            } finally {
                s.close();
                closed.countDown();
            }
            return ParleyCommand.OK;
        } catch (StoreException e) {
            System.err.println("parley serve: " + e.getMessage());
            return ParleyCommand.FAILED;
        } catch (ServerStartException e) {
            System.err.println("parley serve: " + e.getMessage());
            return ParleyCommand.FAILED;
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static ParleyServer startServer(Store store, Pipeline pipeline, ServerSettings settings)
            throws ServerStartException {
        try {
            return ParleyServer.start(store, pipeline, settings);
        } catch (RuntimeException e) {
            throw new ServerStartException("cannot listen on " + settings.host() + ":" + settings.port() + " ("
                    + e.getMessage() + "); is another server on that port? Choose another with --port", e);
        }
    }

    /** The server could not start. */
    private static final class ServerStartException extends Exception {
        ServerStartException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
