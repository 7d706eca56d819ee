package io.demarc.launcher;

import java.util.OptionalLong;

/**
 * What {@code status} reports for one component.
 *
 * @param name short component name
 * @param displayName name shown to people
 * @param running whether our process is alive
 * @param port its main port
 * @param pid PID of the running process
 * @param url where it is reached
 */
public record ComponentStatus(String name, String displayName, boolean running, int port, OptionalLong pid,
        String url) {
}
