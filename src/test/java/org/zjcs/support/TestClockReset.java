package org.zjcs.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Puts the test server's clock back to the system clock after every test (and test class) that moved it
 * ({@link TestClock}), so that each test starts at the real time and moves add up within one test only. Registered for
 * every test class by JUnit's extension auto-detection (src/test/resources/junit-platform.properties and
 * META-INF/services); a test that never moved the clock costs nothing (no call is made).
 */
public class TestClockReset implements AfterEachCallback, AfterAllCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        resetIfMoved();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        resetIfMoved();
    }

    private static void resetIfMoved() {
        if (TestClock.moved()) {
            TestClock.reset();
        }
    }
}
