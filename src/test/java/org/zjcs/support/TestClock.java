package org.zjcs.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The test server's clock (/api/test/clock; docs/operations.md, "The test clock"): integration tests move time with it
 * instead of moving dates in the database. The server's time keeps running from where it is set. After each test class
 * that moved it, {@link TestClockReset} puts it back to the system clock.
 */
public final class TestClock {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern NOW = Pattern.compile("\"now\"\\s*:\\s*\"([^\"]+)\"");

    /** Whether this JVM moved the server's clock since the last reset. */
    private static volatile boolean moved;

    private TestClock() {
    }

    /** What the server's clock reads. */
    public static Instant now() {
        return call("GET", "");
    }

    /** Sets the server's clock to {@code at} (it runs on from there). */
    public static Instant set(Instant at) {
        moved = true;
        return call("PUT", "?at=" + at);
    }

    /** Moves the server's clock on by {@code by} (negative: back). */
    public static Instant advance(Duration by) {
        moved = true;
        return call("POST", "?by=" + by);
    }

    /**
     * Moves the server's clock on to just after {@code moment} (a deadline, the end of a period); never back: when the
     * clock is past it already, it stays where it is.
     */
    public static Instant passTo(Instant moment) {
        Instant now = now();
        return now.isAfter(moment) ? now : set(moment.plusSeconds(1));
    }

    /** Back to the system clock. */
    public static Instant reset() {
        Instant now = call("DELETE", "");
        moved = false;
        return now;
    }

    static boolean moved() {
        return moved;
    }

    private static Instant call(String method, String query) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(It.baseUrl() + "/api/test/clock" + query))
                    .timeout(Duration.ofSeconds(60)).method(method, HttpRequest.BodyPublishers.noBody()).build();
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new AssertionError("The test clock answered " + r.statusCode() + " to " + method + " " + query
                        + " (is zjcs.test.clock set on the test server?)");
            }
            Matcher m = NOW.matcher(r.body());
            if (!m.find()) {
                throw new AssertionError("Unexpected answer of the test clock: " + r.body());
            }
            return Instant.parse(m.group(1));
        } catch (java.io.IOException e) {
            throw new AssertionError("The test clock could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }
}
