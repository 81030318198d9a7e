package dev.parley.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ServeCommandTest {

    @Test
    void aPortOutOfRangeIsAUsageError(@TempDir Path dir) {
        CliRun run = CliRun.of("serve", "--db", dir.resolve("s.duckdb").toString(), "--port", "70000");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("70000").contains("65535");
    }

    @Test
    void aTakenPortIsNamedWithWhatToDo(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CliRun run = CliRun.of("serve", "--db", dir.resolve("s.duckdb").toString(), "--port",
                    String.valueOf(taken.getLocalPort()));
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).contains("127.0.0.1:" + taken.getLocalPort()).contains("--port");
        }
    }
}
