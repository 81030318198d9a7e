package dev.parley.server;

import dev.parley.pipeline.Pipeline;
import dev.parley.store.Store;
import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The Parley server: the JSON API over a store ({@code /api/...}, described at {@code /openapi.json}) and the
 * web UI, built from {@code web/} into this jar's resources. One {@link Pipeline}, built by the caller, codes
 * every uploaded article. The store stays the caller's to close. Thread-safe.
 */
public final class ParleyServer implements AutoCloseable {

    /** The largest request body taken, in bytes. */
    static final long MAX_BODY_BYTES = 8L * 1024 * 1024;
    private static final String RESOURCES = "/dev/parley/server/";

    private final Javalin app;

    private ParleyServer(Javalin app) {
        this.app = app;
    }

    /** Starts serving {@code store}; returns once the server listens. */
    public static ParleyServer start(Store store, Pipeline pipeline, ServerSettings settings) {
        StoreAccess access = new StoreAccess(store);
        byte[] openApi = resource("openapi.json");
        Javalin app = Javalin.create(config -> {
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/";
                files.directory = RESOURCES + "web";
                files.location = Location.CLASSPATH;
            });
            config.routes.before(SecurityHeaders::add);
            config.routes.get("/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
            new EventRoutes(access).register(config.routes);
            new ArticleRoutes(access, new BearerToken(settings.token()), new ArticleUpload(access, pipeline))
                    .register(config.routes);
            new SummaryRoutes(access).register(config.routes);
            ErrorResponses.register(config.routes);
        });
        app.start();
        return new ParleyServer(app);
    }

    private static byte[] resource(String name) {
        try (InputStream in = ParleyServer.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from this build; rebuild with ./mvnw package");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + " from the build; rebuild with ./mvnw package", e);
        }
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
