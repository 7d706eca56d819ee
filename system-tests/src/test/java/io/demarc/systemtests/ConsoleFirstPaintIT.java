package io.demarc.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A benchmark, not a timed test: how long the tenant home takes to first paint in headless Chromium on the local
 * stack (navigation start to the browser's first-contentful-paint, and to the end of the server's answer), signed
 * in as acme-admin, over repeated loads. Prints the figures (docs/benchmarks.md); asserts only that the browser
 * reported them.
 */
@ExtendWith(RealStack.class)
@Order(6)
class ConsoleFirstPaintIT {

    private static final int WARM_UP = 3;
    private static final int LOADS = 15;

    @RegisterExtension
    final Browsers browsers = new Browsers();

    @Test
    void tenantHomeFirstPaint() {
        ConsoleBrowser browser = browsers.open();
        browser.signIn("acme-admin");
        JavascriptExecutor script = (JavascriptExecutor) browser.driver();
        for (int i = 0; i < WARM_UP; i++) {
            browser.open("/tenants/acme");
        }
        List<Double> paint = new ArrayList<>();
        List<Double> answer = new ArrayList<>();
        for (int i = 0; i < LOADS; i++) {
            browser.open("/tenants/acme");
            Object fcp = script.executeScript("var e = performance.getEntriesByName('first-contentful-paint');"
                    + " return e.length ? e[0].startTime : null;");
            Object responseEnd = script.executeScript("var n = performance.getEntriesByType('navigation');"
                    + " return n.length ? n[0].responseEnd : null;");
            if (fcp instanceof Number number) {
                paint.add(number.doubleValue());
            }
            if (responseEnd instanceof Number number) {
                answer.add(number.doubleValue());
            }
        }
        System.out.printf(Locale.ROOT, "ConsoleFirstPaint: tenant home over %d loads: first contentful paint %s;"
                + " server answer complete %s%n", LOADS, summary(paint), summary(answer));
        assertThat(answer).as("the browser's navigation timing").isNotEmpty();
    }

    private static String summary(List<Double> millis) {
        if (millis.isEmpty()) {
            return "not reported";
        }
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "p50 %.0f ms, p95 %.0f ms, max %.0f ms", sorted.get(sorted.size() / 2),
                sorted.get(Math.max(0, (int) Math.ceil(sorted.size() * 0.95) - 1)), sorted.get(sorted.size() - 1));
    }
}
