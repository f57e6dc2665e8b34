package dev.parley.harness.call;

import java.util.function.Supplier;

/**
 * Names the stages of a call for a report (the suites plug in Allure steps); the harness itself
 * depends on no report library.
 */
@FunctionalInterface
public interface Steps {

    Steps NONE = new Steps() {
        @Override
        public <T> T step(String name, Supplier<T> body) {
            return body.get();
        }
    };

    /** Runs the body as a named step and returns its result; a failure fails the step too. */
    <T> T step(String name, Supplier<T> body);

    default void run(String name, Runnable body) {
        step(name, () -> {
            body.run();
            return null;
        });
    }
}
