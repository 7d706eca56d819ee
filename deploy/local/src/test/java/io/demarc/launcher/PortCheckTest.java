package io.demarc.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void aListeningPortIsTakenAndFreeAgainAfterClose() throws IOException {
        int port;
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            port = server.getLocalPort();
            assertThat(PortCheck.isFree(port)).isFalse();
        }
        assertThat(PortCheck.isFree(port)).isTrue();
    }

    @Test
    void aPortBoundOnAllInterfacesIsTaken() throws IOException {
        try (ServerSocket server = new ServerSocket()) {
            server.bind(new InetSocketAddress(0));
            assertThat(PortCheck.isFree(server.getLocalPort())).isFalse();
        }
    }

    @Test
    void theErrorNamesComponentVariableAndLog() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int port = server.getLocalPort();
            Path log = Path.of("/tmp/demarc/logs/kafka.log");

            assertThatThrownBy(() -> PortCheck.requireFree(port, PortSetting.KAFKA, "Kafka", log))
                    .isInstanceOf(LauncherException.class)
                    .hasMessageContaining("Port " + port)
                    .hasMessageContaining("Kafka")
                    .hasMessageContaining("DEMARC_KAFKA_PORT=")
                    .hasMessageContaining(log.toString());
        }
    }
}
