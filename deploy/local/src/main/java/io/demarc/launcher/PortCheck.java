package io.demarc.launcher;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;

/** Tells whether a TCP port can still be listened on. */
public final class PortCheck {

    private PortCheck() {
    }

    /**
     * True if nothing accepts connections on the loopback address at {@code port} and the port can be bound on all
     * interfaces (a listener on another address would make our bind fail later).
     */
    public static boolean isFree(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 300);
            return false;
        } catch (IOException expected) {
            // nobody answers: now make sure we could bind it ourselves
        }
        try (ServerSocket server = new ServerSocket()) {
            server.setReuseAddress(true); // a socket in TIME_WAIT from our previous run must not count as taken
            server.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public static void requireFree(int port, PortSetting setting, String component, Path logFile) {
        if (!isFree(port)) {
            throw new LauncherException("Port " + port + " is needed by " + component
                    + " but another program is already using it. Stop that program or choose another port, e.g. "
                    + setting.environmentVariable() + "=" + suggestion(port) + " ./demarc up  (log: " + logFile + ")");
        }
    }

    private static int suggestion(int port) {
        return port < 65000 ? port + 100 : port - 100;
    }
}
