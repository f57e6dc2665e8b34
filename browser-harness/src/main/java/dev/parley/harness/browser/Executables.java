package dev.parley.harness.browser;

import java.io.File;
import java.util.Optional;

/** Finds programs on this machine: the first candidate that exists, else a lookup on PATH. */
final class Executables {
    private Executables() {
    }

    static Optional<File> find(String... candidates) {
        for (String candidate : candidates) {
            if (candidate.contains("/")) {
                File file = new File(candidate);
                if (file.canExecute()) {
                    return Optional.of(file);
                }
                continue;
            }
            String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
            for (String dir : path.split(File.pathSeparator)) {
                File file = new File(dir, candidate);
                if (file.canExecute()) {
                    return Optional.of(file);
                }
            }
        }
        return Optional.empty();
    }
}
