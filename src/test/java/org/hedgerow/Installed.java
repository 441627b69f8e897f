package org.hedgerow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;

/**
 * A Debian program a test runs for real (redis-server, nginx): found on the PATH or where Debian puts it. Where it
 * is not installed the test is skipped with a message saying how to install it, except on CI ({@code CI=true}),
 * where that is a failure: {@code .ci/run} installs it.
 */
public final class Installed {

    private Installed() {
    }

    public static Path program(String name, String debianPackage) {
        var places = new ArrayList<Path>();
        for (var dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty()) {
                places.add(Path.of(dir, name));
            }
        }
        places.addAll(List.of(Path.of("/usr/bin", name), Path.of("/usr/sbin", name)));
        for (var place : places) {
            if (Files.isExecutable(place)) {
                return place;
            }
        }
        var why = name + " is not installed (apt-get install -y " + debianPackage + ")";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(why);
        }
        Assumptions.abort(why);
        throw new AssertionError("unreachable");
    }

    /** The resident memory of a process and its children (nginx's workers), in MiB, from /proc. */
    public static double rssMib(ProcessHandle process) {
        long kib = rssKib(process.pid());
        for (var child : process.descendants().toList()) {
            kib += rssKib(child.pid());
        }
        return kib / 1024.0;
    }

    private static long rssKib(long pid) {
        try {
            for (var line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (java.io.IOException gone) {
            // the process ended
        }
        return 0;
    }
}
