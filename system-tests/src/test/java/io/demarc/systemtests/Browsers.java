package io.demarc.systemtests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Hands a test as many browsers as it needs (one per person: a second admin approving in a session of their own is a
 * second browser), each with an empty profile, and closes them after the test. When a test fails, each of its
 * browsers first saves what it showed as {@code target/screenshots/failed-<class>-<test>[-<n>].png}.
 *
 * <pre>
 * &#64;RegisterExtension
 * final Browsers browsers = new Browsers();
 *
 * &#64;Test
 * void something() {
 *     ConsoleBrowser admin = browsers.open();
 *     admin.signIn("acme-admin");
 * }
 * </pre>
 *
 * The class must also have {@code @ExtendWith(RealStack.class)}: the browsers open the console of the shared stack.
 */
final class Browsers implements AfterEachCallback {

    private final List<ConsoleBrowser> open = new ArrayList<>();

    /** A new browser on the running stack's console. */
    ConsoleBrowser open() {
        ConsoleBrowser browser = ConsoleBrowser.start(RealStack.running().endpoints().consoleUrl());
        open.add(browser);
        return browser;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (context.getExecutionException().isPresent()) {
                String name = "failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                        + context.getRequiredTestMethod().getName()
                        + context.getDisplayName().replaceAll("^[^\\[]*", "");
                for (int i = 0; i < open.size(); i++) {
                    try {
                        Path saved = open.get(i).screenshot(i == 0 ? name : name + "-" + (i + 1));
                        System.err.println("Screenshot of the failed test's browser (at " + open.get(i).url()
                                + "): " + saved.toAbsolutePath());
                    } catch (RuntimeException e) {
                        System.err.println("No screenshot of " + name + ": " + e);
                    }
                }
            }
        } finally {
            open.forEach(ConsoleBrowser::close);
            open.clear();
        }
    }
}
