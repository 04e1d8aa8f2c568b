package uidlload;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the server's CPU went, read from /proc: the JVM's threads by kind (request threads, carriers of virtual
 * threads, JIT compiler, garbage collector, the rest), user and kernel time apart, and the child processes (the embedded database).
 */
record ServerCpu(Map<String, double[]> byKind) {

    static final String REQUESTS = "requests", VIRTUAL = "virtual threads", JIT = "JIT", GC = "GC", OTHER = "other JVM",
            DATABASE = "database";

    static ServerCpu of(long pid) {
        Map<String, double[]> kinds = new LinkedHashMap<>();
        for (String k : new String[] {REQUESTS, VIRTUAL, JIT, GC, OTHER, DATABASE}) kinds.put(k, new double[2]);
        if (pid <= 0) return new ServerCpu(kinds);
        try (var tasks = Files.list(Path.of("/proc/" + pid + "/task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    add(kinds.get(kind(stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')')))), stat);
                } catch (Exception threadEnded) {
                    // a thread that ended between the listing and the read
                }
            }
        } catch (Exception e) {
            // the server ended
        }
        ProcessHandle.of(pid).ifPresent(h -> h.children().forEach(c -> {
            try {
                add(kinds.get(DATABASE), Files.readString(Path.of("/proc/" + c.pid() + "/stat")));
            } catch (Exception ended) {
                // the child ended
            }
        }));
        return new ServerCpu(kinds);
    }

    private static String kind(String thread) {
        if (thread.startsWith("http-nio-") && !thread.contains("Poller") && !thread.contains("Acceptor")) return REQUESTS;
        if (thread.startsWith("ForkJoinPool-")) return VIRTUAL;   // carriers of virtual threads (the portal's live deliveries)
        if (thread.contains("CompilerThre")) return JIT;
        if (thread.startsWith("GC Thread") || thread.startsWith("G1 ")) return GC;
        return OTHER;
    }

    private static void add(double[] userKernel, String stat) {
        double[] times = userKernel(stat);
        userKernel[0] += times[0];
        userKernel[1] += times[1];
    }

    /** utime and stime of a /proc stat line (fields 14 and 15, after the command name), in seconds (USER_HZ = 100). */
    static double[] userKernel(String stat) {
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return new double[] {Long.parseLong(f[11]) / 100.0, Long.parseLong(f[12]) / 100.0};
    }

    double total() {
        return byKind.values().stream().mapToDouble(v -> v[0] + v[1]).sum();
    }

    double of(String kind) {
        double[] v = byKind.get(kind);
        return v[0] + v[1];
    }

    ServerCpu minus(ServerCpu before) {
        Map<String, double[]> d = new LinkedHashMap<>();
        byKind.forEach((k, v) -> d.put(k, new double[] {v[0] - before.byKind.get(k)[0], v[1] - before.byKind.get(k)[1]}));
        return new ServerCpu(d);
    }

    /** "requests 14.2 s (kernel 2.1), JIT 6.6 s, ..." */
    String breakdown() {
        StringBuilder s = new StringBuilder();
        byKind.forEach((k, v) -> s.append(s.isEmpty() ? "" : ", ").append(String.format("%s %.1f s (kernel %.1f)", k, v[0] + v[1], v[1])));
        return s.toString();
    }
}
