package org.rabta.support;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Puts the application clock back to real time after every test method of a {@link RabtaIntegrationTest}, whatever
 * the test moved it by and however it ended, so that no test class needs its own reset and no moved clock leaks into
 * the next test of the shared context.
 */
class MutableClockReset implements TestExecutionListener {

    @Override
    public void afterTestMethod(TestContext testContext) {
        if (testContext.hasApplicationContext()) {
            testContext.getApplicationContext().getBean(MutableClock.class).reset();
        }
    }
}
