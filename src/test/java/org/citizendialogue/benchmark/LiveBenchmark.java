package org.citizendialogue.benchmark;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import javax.management.ObjectName;

import org.citizendialogue.shared.live.LiveUpdates;
import org.citizendialogue.submission.SubmissionModeration;
import org.citizendialogue.submission.SubmissionService;
import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.vaadin.browserless.BrowserlessApplicationContext;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.internal.CurrentInstance;

/**
 * Not a test: a benchmark that prints figures and never fails on them (issue 4). Its figures are
 * in-JVM (browserless UIs: no HTTP session, no security filter chain, no WebSocket, no JSON written),
 * not the real path: for those, {@code load/live-load.sh} (README, docs/performance.md, issue 13). Run with
 * {@code ./mvnw test -Dtest=LiveBenchmark -Dsurefire.failIfNoSpecifiedTests=false "-Dtest.jvm.args=-Xmx6g -XX:+UseSerialGC"}
 * (add {@code -Dbenchmark.histogram=true} to see which classes hold the heap). It runs Vaadin in
 * production mode, as the portal runs in production: in development mode Vaadin records where
 * every component was created (a stack trace each), which multiplies the heap per UI.
 * <ol>
 * <li>live heap per open topic UI: N UIs of a topic with 50 published questions, after GC;</li>
 * <li>push fan-out: N subscribed topic UIs, one approval, time until every UI applied it.</li>
 * </ol>
 */
@SpringBootTest(properties = {"logging.level.root=WARN", "vaadin.productionMode=true"})
class LiveBenchmark {

    @Autowired
    ApplicationContext context;

    @Autowired
    Fixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LiveUpdates live;

    @Autowired
    SubmissionService submissions;

    @Autowired
    SubmissionModeration moderation;

    @Autowired
    Acting acting;

    @Test
    void measure() throws Exception {
        var programme = fixtures.programme("OPEN");
        publishQuestions(programme.dialogueId(), programme.topicId(), 50);
        System.out.println("== Citizen Dialogue live benchmark ==");
        System.out.printf(
                "JVM %s, max heap %d MB, %d cores%n",
                Runtime.version(),
                Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        heapPerUi("privacy", 200);
        heapPerUi(programme.topicPath(), 200);
        fanOut(programme, 100);
        fanOut(programme, 1000);
    }

    private void publishQuestions(long dialogueId, long topicId, int count) {
        for (int i = 0; i < count; i++) {
            jdbc.sql("""
                    INSERT INTO submission (kind, dialogue_id, topic_id, author_id, author_name, body, status, submitted_at,
                                            decided_at, decided_by, version)
                    VALUES ('QUESTION', :d, :t, 5, 'Zhao Lei', :body, 'PUBLISHED', NOW(6), NOW(6), 2, 1)
                    """)
                    .param("d", dialogueId)
                    .param("t", topicId)
                    .param(
                            "body",
                            "Benchmark question " + i + ": how will the 75,000 5G base stations be extended"
                                    + " to the new districts, and when? 第" + i + "个问题：5G 基站何时覆盖新区？")
                    .update();
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            System.gc();
            Thread.sleep(150);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private void heapPerUi(String path, int n) throws Exception {
        CurrentInstance.clearAll();
        var app = SpringBrowserlessApplicationContext.create(context, "org.citizendialogue");
        // warm up: classes, caches and the route registry are not per-UI costs
        var warmUp = app.newUser().newWindow();
        warmUp.navigate(path, Component.class);
        long baseline = usedHeapAfterGc();
        List<BrowserlessUIContext> windows = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < n; i++) {
            var window = app.newUser().newWindow();
            window.navigate(path, Component.class);
            // as after a real response: the changes for the browser are written out and let go
            window.roundTrip();
            windows.add(window);
        }
        long openMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        long loaded = usedHeapAfterGc();
        if (Boolean.getBoolean("benchmark.histogram")) {
            printHistogram();
        }
        System.out.printf(
                "[heap] %d UIs of /%s: +%.1f MB live heap = %.1f KB per UI"
                        + " (session, UI and view; opened in %d ms, %.1f ms each)%n",
                n,
                path,
                (loaded - baseline) / 1048576.0,
                (loaded - baseline) / 1024.0 / n,
                openMs,
                openMs / (double) n);
        windows.add(warmUp);
        close(app, windows);
        long after = usedHeapAfterGc();
        System.out.printf(
                "[heap] after closing all %d UIs: %+.1f MB against the baseline%n", n, (after - baseline) / 1048576.0);
    }

    private void fanOut(Fixtures.Programme programme, int n) throws Exception {
        CurrentInstance.clearAll();
        var app = SpringBrowserlessApplicationContext.create(context, "org.citizendialogue");
        List<BrowserlessUIContext> windows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            var window = app.newUser().newWindow();
            window.navigate(programme.topicPath(), Component.class);
            window.roundTrip();
            windows.add(window);
        }
        // pushes need the sessions free, as they are between requests in a real server
        releaseSessionLocks(windows);
        long id = acting.as(
                Demo.RESIDENT, () -> submissions.ask(programme.topicId(), "Fan-out question " + System.nanoTime()));
        int version = acting.as(Demo.MODERATOR, () -> moderation.pendingItem(id))
                .orElseThrow()
                .version();
        var times = new ConcurrentLinkedQueue<Long>();
        live.observeDeliveryTimes(times::add);
        long start = System.nanoTime();
        acting.run(Demo.MODERATOR, () -> moderation.approve(id, version));
        long approvalMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (times.size() < n && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        live.observeDeliveryTimes(nanos -> {});
        windows.forEach(w -> w.getUser().getSession().lock());
        var sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                "[fan-out] %d subscribed topic UIs, one approval (commit took %d ms): %d/%d UIs updated;"
                        + " p50 %.1f ms, p95 %.1f ms, max %.1f ms after the event was published%n",
                n,
                approvalMs,
                sorted.length,
                n,
                percentile(sorted, 50),
                percentile(sorted, 95),
                sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
        close(app, windows);
    }

    /** The test thread holds the last window's session lock in browserless mode; pushes need it free. */
    private static void releaseSessionLocks(List<BrowserlessUIContext> windows) {
        for (var window : windows) {
            var session = window.getUser().getSession();
            while (session.hasLock()) {
                session.unlock();
            }
        }
    }

    private static void close(BrowserlessApplicationContext app, List<BrowserlessUIContext> windows) {
        int failed = 0;
        for (var window : windows) {
            try {
                window.getUser().close();
            } catch (IllegalStateException | AssertionError e) {
                failed++;
            }
        }
        windows.clear();
        CurrentInstance.clearAll();
        try {
            app.close();
        } catch (IllegalStateException | AssertionError e) {
            failed++;
        }
        if (failed > 0) {
            System.out.printf(
                    "[note] %d browserless sessions refused to close cleanly (a limit of the test harness)%n", failed);
        }
    }

    /** The classes that hold the most heap, to see where a UI's bytes go. */
    private static void printHistogram() throws Exception {
        var server = ManagementFactory.getPlatformMBeanServer();
        var name = new ObjectName("com.sun.management:type=DiagnosticCommand");
        var text = (String)
                server.invoke(name, "gcClassHistogram", new Object[] {null}, new String[] {String[].class.getName()});
        text.lines().limit(28).forEach(line -> System.out.println("[histogram] " + line));
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}
