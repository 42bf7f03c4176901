package org.rabta.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The CPU time (user and system) that a process of this machine has spent, read from Linux's {@code /proc}: the
 * process and its children (PostgreSQL's server and its connections' backends), so that a run's cost per request
 * can be counted in CPU milliseconds, a figure that other work on the same cores barely changes, unlike requests per
 * second. The tick is {@code getconf CLK_TCK}, 100 on Linux.
 */
record ProcessCpu(long pid) {

    private static final double MILLIS_PER_TICK = 10;

    /** The CPU milliseconds the process and its living children have spent so far. */
    double millis() throws IOException {
        long ticks = ticks(pid);
        for (long child : children(pid)) {
            ticks += ticks(child);
        }
        return ticks * MILLIS_PER_TICK;
    }

    private static long ticks(long pid) throws IOException {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.exists(stat)) {
            return 0;
        }
        String line = Files.readString(stat);
        // Fields after the command name (which may hold spaces, in parentheses): utime and stime are the 14th and 15th.
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    private static List<Long> children(long pid) throws IOException {
        List<Long> children = new ArrayList<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
            for (Path task : tasks.toList()) {
                Path file = task.resolve("children");
                if (Files.exists(file)) {
                    for (String child : Files.readString(file).trim().split("\\s+")) {
                        if (!child.isEmpty()) {
                            children.add(Long.valueOf(child));
                        }
                    }
                }
            }
        }
        return children;
    }
}
