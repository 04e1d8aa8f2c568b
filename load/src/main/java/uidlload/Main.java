package uidlload;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CLI scenarios.
 * <pre>
 * inspect    --base URL --route R [--user U --password P]           open one tab, list element ids
 * run-fanout --base URL --n 50 [--route ""] [--rounds 3] [--pid P]  N anonymous tabs, moderator broadcasts a token
 * run-hold   --base URL --levels 100,200,400 --hold-s 30 --pid P    N tabs kept alive, heap per UI by linear fit
 * </pre>
 */
public final class Main {
    private final Map<String, String> opt = new HashMap<>();

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: java -jar uidl-load.jar inspect|run-fanout|run-hold [--option value ...] (see README.md)");
            System.exit(2);
        }
        Main m = new Main();
        for (int i = 1; i + 1 < args.length; i += 2) m.opt.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        Stats.verbose = Boolean.parseBoolean(m.get("verbose", "false"));
        VaadinTab.ignoreInitial = Boolean.parseBoolean(m.get("ignore-initial", "false"));
        VaadinTab.heartbeatOverrideSeconds = Integer.parseInt(m.get("heartbeat-s", "0"));
        int rc = switch (args[0]) {
            case "inspect" -> m.inspect();
            case "run-fanout" -> m.fanout();
            case "run-hold" -> m.hold();
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        };
        System.exit(rc);
    }

    String get(String k, String def) {
        return opt.getOrDefault(k, def);
    }

    int num(String k, int def) {
        return Integer.parseInt(get(k, String.valueOf(def)));
    }

    String base() {
        return get("base", "http://127.0.0.1:8090/");
    }

    // ------------------------------------------------------------------------------------------ inspect

    int inspect() throws Exception {
        Browser b = new Browser(base());
        VaadinTab t = opt.containsKey("user") ? b.signIn(get("user", ""), get("password", ""), get("route", null))
                : VaadinTab.open(b, get("route", ""));
        System.out.println(t + " push=" + t.pushEnabled + " heartbeat=" + t.heartbeatSeconds + "s csrf=" + t.csrf
                + " pushId=" + t.pushId);
        System.out.println("element ids -> node: " + t.elementIds());
        t.close();
        System.out.println("errors: " + Stats.errors() + "\nevents: " + Stats.events());
        return Stats.errorCount() == 0 ? 0 : 1;
    }

    // ------------------------------------------------------------------------------------------ fan-out

    int fanout() throws Exception {
        int n = num("n", 50), rounds = num("rounds", 3), timeoutS = num("timeout-s", 30);
        long pid = Long.parseLong(get("pid", "0"));
        List<VaadinTab> tabs = openTabs(n, num("per-session", 1), pid);
        Browser mb = new Browser(base());
        VaadinTab mod = mb.signIn(get("user", "moderator"), get("password", "moderator"), get("mod-route", "moderate"));
        System.out.println("moderator tab: " + mod);
        int settleS = num("settle-s", 0);
        if (settleS > 0) {
            // the JIT keeps compiling the opening path for a while after a ramp of opens; measured rounds would
            // share the server's core with it (the breakdown per round shows how much)
            ServerCpu settling0 = ServerCpu.of(pid);
            Thread.sleep(settleS * 1000L);
            System.out.println("settled " + settleS + " s after the opens: " + ServerCpu.of(pid).minus(settling0).breakdown());
        }
        String field = get("field-id", "new-title"), button = get("button-id", "publish");
        boolean allDelivered = true;
        for (int r = 1; r <= rounds; r++) {
            Thread.sleep(num("pause-ms", 2000));
            String token = "fanout-" + r + "-" + Long.toString(System.nanoTime(), 36);
            CountDownLatch latch = new CountDownLatch(tabs.size());
            tabs.forEach(t -> t.watch(token, latch));
            if (opt.containsKey("pre-click")) {   // e.g. open an editor dialog; a comma list gives each round its own
                String[] pre = get("pre-click", "").split(",");
                mod.click(pre[(r - 1) % pre.length]);
            }
            mod.setValue(field, token);
            double srv0 = serverCpu(pid), cli0 = clientCpu();
            ServerCpu kinds0 = ServerCpu.of(pid);
            long t0 = System.nanoTime();
            mod.click(button);
            long t1 = System.nanoTime();
            boolean done = latch.await(timeoutS, TimeUnit.SECONDS);
            long t2 = System.nanoTime();
            List<Long> fromResp = new ArrayList<>(), fromSend = new ArrayList<>();
            Map<String, Integer> via = new HashMap<>();
            for (VaadinTab t : tabs) {
                if (t.watchHitNanos == 0) continue;
                fromResp.add(t.watchHitNanos - t1);
                fromSend.add(t.watchHitNanos - t0);
                via.merge(t.watchSource, 1, Integer::sum);
            }
            Thread.sleep(1000);   // let the grids' confirmUpdate replies finish before sampling CPU
            double wall = (System.nanoTime() - t0) / 1e9, srv = serverCpu(pid) - srv0, cli = clientCpu() - cli0;
            allDelivered &= done;
            System.out.printf("round %d token %s: delivered %d/%d%s, action response %.1f ms, via %s%n", r, token,
                    fromResp.size(), tabs.size(), done ? "" : " (TIMEOUT)", (t1 - t0) / 1e6, via);
            System.out.println("  latency from action response: " + Stats.percentiles(fromResp));
            System.out.println("  latency from action sent:     " + Stats.percentiles(fromSend));
            System.out.println("  server CPU by kind in the window: " + ServerCpu.of(pid).minus(kinds0).breakdown());
            System.out.printf("  last delivery %.1f ms after send; window %.2f s: server CPU (JVM+DB) %.2f s (%.0f%% of a core)%s,"
                    + " client CPU %.2f s%n", (t2 - t0) / 1e6, wall, srv, 100 * srv / wall, pid > 0 ? "" : " [no --pid]", cli);
        }
        System.out.println("errors: " + Stats.errors());
        System.out.println("events: " + Stats.events());
        boolean ok = allDelivered && Stats.errorCount() == 0;
        if (!Boolean.parseBoolean(get("keep-open", "false"))) closeAll(tabs, mod);
        System.out.println(ok ? "RESULT ok" : "RESULT FAILED");
        return ok ? 0 : 1;
    }

    /** Opens n tabs on --route, each browser session holding perSession tabs, with --open-parallel requests at a time. */
    List<VaadinTab> openTabs(int n, int perSession, long pid) throws Exception {
        List<VaadinTab> tabs = Collections.synchronizedList(new ArrayList<>());
        List<Long> openTimes = Collections.synchronizedList(new ArrayList<>());
        Semaphore gate = new Semaphore(num("open-parallel", 8));
        String route = get("route", "");
        ServerCpu cpu0 = ServerCpu.of(pid);
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        Browser b = null;
        for (int i = 0; i < n; i++) {
            if (i % perSession == 0) b = new Browser(base());
            Browser browser = b;
            threads.add(Thread.startVirtualThread(() -> {
                try {
                    gate.acquire();
                    long s = System.nanoTime();
                    tabs.add(VaadinTab.open(browser, route));
                    openTimes.add(System.nanoTime() - s);
                } catch (Exception e) {
                    Stats.error("open", e.toString());
                } finally {
                    gate.release();
                }
            }));
        }
        for (Thread t : threads) t.join();
        double wall = (System.nanoTime() - t0) / 1e9;
        ServerCpu cpu = ServerCpu.of(pid).minus(cpu0);
        System.out.printf("opened %d/%d tabs on '/%s' in %.1f s (%.0f tabs/s), server CPU %.1f s (JIT compiler %.1f s); open time %s%n",
                tabs.size(), n, route, wall, tabs.size() / wall, cpu.total(), cpu.of(ServerCpu.JIT),
                Stats.percentiles(openTimes));
        System.out.println("  server CPU by kind: " + cpu.breakdown());
        return tabs;
    }

    void closeAll(List<VaadinTab> tabs, VaadinTab... more) throws InterruptedException {
        List<Thread> ts = new ArrayList<>();
        Semaphore gate = new Semaphore(16);
        List<VaadinTab> all = new ArrayList<>(tabs);
        Collections.addAll(all, more);
        for (VaadinTab t : all) ts.add(Thread.startVirtualThread(() -> {
            gate.acquireUninterruptibly();
            try { t.close(); } finally { gate.release(); }
        }));
        for (Thread t : ts) t.join();
    }

    // ------------------------------------------------------------------------------------------ hold + heap

    int hold() throws Exception {
        long pid = Long.parseLong(get("pid", "0"));
        int holdS = num("hold-s", 30), perSession = num("per-session", 1), settleS = num("settle-s", 0);
        List<Integer> levels = new ArrayList<>();
        for (String s : get("levels", "100,200,400").split(",")) levels.add(Integer.parseInt(s.trim()));
        List<double[]> points = new ArrayList<>();
        if (pid > 0) {
            long h = heapUsed(pid);
            points.add(new double[] {0, h});
            System.out.printf("N=0: heap used after GC %.1f MB%s%n", h / 1048576.0, procInfo(pid));
        }
        List<VaadinTab> tabs = new ArrayList<>();
        for (int level : levels) {
            if (level > tabs.size()) tabs.addAll(openTabs(level - tabs.size(), perSession, pid));
            long errs = Stats.errorCount();
            // the JIT keeps compiling for a while after a ramp of page opens; --settle-s waits that out
            // (heartbeats go on) so that the window shows what holding the pages costs
            if (settleS > 0) Thread.sleep(settleS * 1000L);
            ServerCpu cpu0 = ServerCpu.of(pid);
            Thread.sleep(holdS * 1000L);
            ServerCpu held = ServerCpu.of(pid).minus(cpu0);
            double srv = held.total(), jit = held.of(ServerCpu.JIT);
            String cpu = String.format(", server CPU while holding %.2f s in %d s (%.1f%% of a core; of it JIT compiler"
                    + " threads %.2f s)%s [%s]", srv, holdS, 100 * srv / holdS, jit,
                    settleS > 0 ? " after " + settleS + " s settling" : "", held.breakdown());
            if (pid > 0) {
                long h = heapUsed(pid);
                points.add(new double[] {tabs.size(), h});
                System.out.printf("N=%d: heap used after GC %.1f MB%s%s, new errors %d%n", tabs.size(), h / 1048576.0,
                        procInfo(pid), cpu, Stats.errorCount() - errs);
            } else System.out.printf("N=%d held %d s%s, new errors %d%n", tabs.size(), holdS, cpu, Stats.errorCount() - errs);
        }
        if (points.size() >= 2) {
            double[] fit = linearFit(points);
            System.out.printf("linear fit over %d points: %.0f bytes per UI (%.1f KB), intercept %.1f MB%s%n", points.size(),
                    fit[0], fit[0] / 1024, fit[1] / 1048576.0,
                    perSession == 1 ? " (each UI in its own HTTP session)" : " (" + perSession + " UIs per session)");
        }
        System.out.println("errors: " + Stats.errors());
        System.out.println("events: " + Stats.events());
        closeAll(tabs);
        return Stats.errorCount() == 0 ? 0 : 1;
    }

    static double[] linearFit(List<double[]> p) {
        double n = p.size(), sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (double[] q : p) { sx += q[0]; sy += q[1]; sxx += q[0] * q[0]; sxy += q[0] * q[1]; }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        return new double[] {slope, (sy - slope * sx) / n};
    }

    static long heapUsed(long pid) throws Exception {
        jcmd(pid, "GC.run");
        // Sum "used NK" over the generation/heap lines: G1 "garbage-first heap total reserved .., used N K",
        // Serial "DefNew total .., used" + "Tenured total .., used", Parallel "PSYoungGen/ParOldGen total .., used".
        String info = jcmd(pid, "GC.heap_info");
        long kb = 0;
        boolean found = false;
        for (String line : info.split("\n")) {
            Matcher m = Pattern.compile("\\btotal\\b.*\\bused (\\d+)K").matcher(line);
            if (m.find() && !line.contains("Metaspace") && !line.contains("class space")) {
                kb += Long.parseLong(m.group(1));
                found = true;
            }
        }
        if (!found) throw new IllegalStateException("cannot parse GC.heap_info (ZGC/Shenandoah not supported):\n" + info);
        return kb * 1024;
    }

    static String jcmd(long pid, String cmd) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid), cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor();
        return out;
    }

    /** CPU seconds (utime+stime, /proc/pid/stat) of the server JVM plus its child processes (embedded DB); 0 without pid. */
    static double serverCpu(long pid) {
        if (pid <= 0) return 0;
        return procCpu(pid) + ProcessHandle.of(pid).map(h -> h.children().mapToDouble(c -> procCpu(c.pid())).sum()).orElse(0.0);
    }

    static double procCpu(long pid) {
        try {
            return cpuSeconds(Files.readString(Path.of("/proc/" + pid + "/stat")));
        } catch (Exception e) {
            return 0;
        }
    }

    /** utime + stime of a /proc stat line (fields 14 and 15, after the command name), in seconds (USER_HZ = 100). */
    static double cpuSeconds(String stat) {
        double[] times = ServerCpu.userKernel(stat);
        return times[0] + times[1];
    }

    static double clientCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
    }

    static String procInfo(long pid) {
        try {
            String rss = "", threads = "";
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith("VmRSS:")) rss = l.substring(6).trim();
                if (l.startsWith("Threads:")) threads = l.substring(8).trim();
            }
            return " (RSS " + rss + ", " + threads + " threads)";
        } catch (Exception e) {
            return "";
        }
    }
}
