package dev.parley.suites.support;

import dev.parley.harness.call.Steps;
import io.qameta.allure.Allure;
import java.util.function.Supplier;

/** Call stages as Allure steps. */
final class AllureSteps implements Steps {

    @Override
    public <T> T step(String name, Supplier<T> body) {
        return Allure.step(name, body::get);
    }
}
