package dev.parley.reports;

/** The one place the reports module ends the JVM: command-line mains hand it their exit code. */
final class ProcessExit {

    private ProcessExit() {
    }

    static void with(int code) {
        System.exit(code);
    }
}
