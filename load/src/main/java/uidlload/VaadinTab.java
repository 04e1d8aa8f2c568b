package uidlload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One emulated browser tab of a Vaadin Flow 24/25 app (client-side bootstrap, @Push over WebSocket with
 * alwaysXhrToServer): page GET, {@code ?v-r=init}, push WebSocket, {@code ui-navigate}, UIDL POSTs one at a time,
 * in-order application of responses and pushed messages by syncId, heartbeats and unload.
 */
public final class VaadinTab {
    static final ObjectMapper JSON = new ObjectMapper();
    static final ScheduledExecutorService TIMER = Executors.newScheduledThreadPool(1);
    /** If > 0, send heartbeats this often instead of the server's heartbeatInterval. */
    static volatile int heartbeatOverrideSeconds = 0;

    final Browser browser;
    String html, location, query;
    int uiId, heartbeatSeconds;
    long maxSuspendMs;
    String csrf, pushId;
    boolean pushEnabled;

    // client state, guarded by 'this'
    private int lastSyncId = -1, nextClientId, promiseId;
    private final TreeMap<Integer, JsonNode> pending = new TreeMap<>();
    private final Map<Integer, String> tagByNode = new HashMap<>(), idByNode = new HashMap<>();
    private final Map<String, Integer> nodeById = new HashMap<>();
    private final List<ObjectNode> autoRpc = new ArrayList<>();
    private final ReentrantLock sendLock = new ReentrantLock(true); // one UIDL message in flight per tab
    private boolean resyncRequested;

    // push
    private volatile WebSocket ws;
    private volatile String trackingId = "0";
    private volatile boolean closing;
    private final StringBuilder frame = new StringBuilder(), atmo = new StringBuilder();
    private final CompletableFuture<Void> pushReady = new CompletableFuture<>();
    private int reconnects;
    private ScheduledFuture<?> heartbeat;

    // fan-out measurement: first arrival of a token in any server message
    private final AtomicReference<String> watchToken = new AtomicReference<>();
    private volatile CountDownLatch watchLatch;
    public volatile long watchHitNanos;
    public volatile String watchSource;

    private VaadinTab(Browser browser) {
        this.browser = browser;
    }

    /** Opens {@code path} (e.g. "", "moderate") in a new tab of {@code browser}, like typing the URL. */
    public static VaadinTab open(Browser browser, String path) throws Exception {
        return open(browser, path, false);
    }

    /** Every raw message of a tab opened with a transcript (the sign-in's second-factor page reads its demo code there). */
    StringBuilder transcript;

    static VaadinTab open(Browser browser, String path, boolean keepTranscript) throws Exception {
        VaadinTab t = new VaadinTab(browser);
        if (keepTranscript) t.transcript = new StringBuilder();
        HttpResponse<String> page = browser.getPage(path);
        if (page.statusCode() != 200) {
            Stats.error("http-" + page.statusCode(), "GET " + path);
            throw new IOException("GET " + path + " -> " + page.statusCode());
        }
        t.html = page.body();
        URI rel = browser.base.relativize(page.uri());      // final URL after redirects, e.g. "login"
        t.location = rel.getPath() == null ? "" : rel.getPath();
        t.query = page.uri().getRawQuery() == null ? "" : page.uri().getRawQuery();
        // Like Flow.js (flowInitUi): a page rendered with the server's eager load carries its UI in
        // window.Vaadin.TypeScript.initial, and the browser uses that UI instead of asking for another one
        // with v-r=init (which would leave the page's UI orphaned on the server, rendered and subscribed).
        JsonNode initial = ignoreInitial ? null : initialOf(t.html);
        JsonNode cfg;
        if (initial != null) {
            cfg = initial.get("appConfig");
        } else {
            HttpResponse<String> init = browser.send(browser.request(browser.base.resolve("?v-r=init&location="
                    + Browser.enc(t.location) + "&query=" + Browser.enc(t.query) + browserDetails())).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (init.statusCode() != 200) {
                Stats.error("http-" + init.statusCode(), "init " + path);
                throw new IOException("init -> " + init.statusCode());
            }
            cfg = JSON.readTree(init.body()).get("appConfig");
        }
        JsonNode uidl = cfg.get("uidl");
        t.uiId = cfg.get("v-uiId").asInt();
        t.heartbeatSeconds = cfg.path("heartbeatInterval").asInt(300);
        t.maxSuspendMs = cfg.path("maxMessageSuspendTimeout").asLong(5000);
        t.csrf = uidl.get("Vaadin-Security-Key").asText();
        t.pushId = uidl.path("Vaadin-Push-ID").asText(null);
        t.nextClientId = uidl.path("clientId").asInt(0);
        t.onMessage(uidl.toString(), "init");
        if (t.pushEnabled) t.connectPush();                // the browser opens the WebSocket first ...
        t.send(List.of(navigateRpc(t.location, t.query)));  // ... then sends ui-navigate over XHR
        if (t.pushEnabled) t.pushReady.get(20, TimeUnit.SECONDS);
        t.flushAuto();
        int hb = heartbeatOverrideSeconds > 0 ? heartbeatOverrideSeconds : t.heartbeatSeconds;
        if (hb > 0) t.heartbeat = TIMER.scheduleAtFixedRate(() -> Thread.startVirtualThread(t::sendHeartbeat),
                ThreadLocalRandom.current().nextLong(hb * 1000L), hb * 1000L, TimeUnit.MILLISECONDS);
        return t;
    }

    static String browserDetails() {
        return "&v-sh=720&v-sw=1280&v-wh=720&v-ww=1280&v-bh=720&v-bw=1280&v-curdate=" + System.currentTimeMillis()
                + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-wn=v-" + ThreadLocalRandom.current().nextDouble()
                + "&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=light&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN"
                + "&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";
    }

    // ---------------------------------------------------------------- element lookup and events

    public synchronized int node(String elementId) {
        Integer n = nodeById.get(elementId);
        if (n == null) throw new IllegalStateException("no element with id '" + elementId + "' in UI " + uiId
                + " (" + location + "); known ids: " + nodeById.keySet());
        return n;
    }

    public synchronized List<Integer> nodesByTag(String tag) {
        return tagByNode.entrySet().stream().filter(e -> e.getValue().equals(tag)).map(Map.Entry::getKey).sorted().toList();
    }

    public synchronized Map<String, Integer> elementIds() {
        return new TreeMap<>(nodeById);
    }

    /** Click on the element with this id (same event data shape as Chromium sends). */
    public JsonNode click(String elementId) throws Exception {
        ObjectNode data = JSON.createObjectNode().put("event.shiftKey", false).put("event.metaKey", false)
                .put("event.detail", 1).put("event.ctrlKey", false).put("event.clientX", 0).put("event.clientY", 0)
                .put("event.altKey", false).put("event.button", 0).put("event.screenY", 0).put("event.screenX", 0);
        return send(List.of(eventRpc(node(elementId), "click", data)));
    }

    /** Type into a field: sync its "value" property, then fire "change" (what a text field does on blur). */
    public JsonNode setValue(String elementId, String value) throws Exception {
        int n = node(elementId);
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", n).put("feature", 1)
                .put("property", "value").put("value", value);
        return send(List.of(sync, eventRpc(n, "change", JSON.createObjectNode())));
    }

    public static ObjectNode eventRpc(int node, String event, ObjectNode data) {
        ObjectNode e = JSON.createObjectNode().put("type", "event").put("node", node).put("event", event);
        e.set("data", data);
        return e;
    }

    static ObjectNode navigateRpc(String location, String query) {
        ObjectNode data = JSON.createObjectNode().put("route", "/" + location).put("query", query)
                .put("appShellTitle", "").put("trigger", "");
        data.set("historyState", JSON.createObjectNode().put("idx", 0));
        return eventRpc(1, "ui-navigate", data);
    }

    // ---------------------------------------------------------------- UIDL over XHR

    /** Sends one UIDL message (queued auto replies are batched in front, as the browser does) and applies the response. */
    public JsonNode send(List<ObjectNode> rpcs) throws Exception {
        sendLock.lock();
        try {
            ObjectNode msg = JSON.createObjectNode().put("csrfToken", csrf);
            ArrayNode arr = msg.putArray("rpc");
            boolean resync;
            synchronized (this) {
                arr.addAll(autoRpc);
                autoRpc.clear();
                arr.addAll(rpcs);
                resync = resyncRequested;
                if (arr.isEmpty() && !resync) return null;
                msg.put("syncId", lastSyncId).put("clientId", nextClientId);
                if (resync) msg.put("resynchronize", true);
            }
            HttpResponse<String> r = browser.send(browser.request(uidlUri())
                    .header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(msg.toString())).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                Stats.error("http-" + r.statusCode(), "uidl POST ui " + uiId);
                throw new IOException("uidl -> " + r.statusCode());
            }
            String body = stripPrefix(r.body());
            JsonNode resp = JSON.readTree(body);
            synchronized (this) {
                if (resync && resp.has("syncId") && resp.get("syncId").asInt() >= 0) {   // full state follows
                    resyncRequested = false;
                    lastSyncId = -1;
                    pending.clear();
                    tagByNode.clear(); idByNode.clear(); nodeById.clear();
                }
                if (resp.has("clientId")) nextClientId = resp.get("clientId").asInt();
            }
            onMessage(body, "xhr");
            return resp;
        } finally {
            sendLock.unlock();
        }
    }

    private URI uidlUri() {
        return browser.base.resolve("?v-r=uidl&v-uiId=" + uiId);
    }

    /** Sends queued automatic replies (Grid confirmUpdate) until none are left. */
    void flushAuto() {
        try {
            while (true) {
                synchronized (this) {
                    if (autoRpc.isEmpty() && !resyncRequested) return;
                }
                send(List.of());
            }
        } catch (Exception e) {
            if (!closing) Stats.error("io", "auto reply: " + e);
        }
    }

    static String stripPrefix(String s) {
        s = s.strip();
        if (s.startsWith("for(;;);")) s = s.substring(8);
        if (s.startsWith("[") && s.endsWith("]")) s = s.substring(1, s.length() - 1); // Vaadin 7/8-style wrapping
        return s;
    }

    // ---------------------------------------------------------------- message processing (init, xhr, push)

    /** With true, every tab asks for its UI with v-r=init even when the page carries one (the shared client's way). */
    static volatile boolean ignoreInitial = false;

    static JsonNode initialOf(String html) throws IOException {
        int at = html.indexOf("Vaadin.TypeScript=");
        if (at < 0) return null;
        int brace = html.indexOf('{', at);
        try (var parser = JSON.createParser(html.substring(brace))) {
            JsonNode ts = JSON.readTree(parser);
            JsonNode initial = ts == null ? null : ts.get("initial");
            return initial != null && initial.has("appConfig") ? initial : null;
        }
    }

    void onMessage(String raw, String source) {
        if (transcript != null) synchronized (transcript) { transcript.append(raw).append('\n'); }
        String tok = watchToken.get();
        if (tok != null && raw.contains(tok) && watchToken.compareAndSet(tok, null)) {
            watchHitNanos = System.nanoTime();
            watchSource = source;
            watchLatch.countDown();
        }
        JsonNode m;
        try {
            m = JSON.readTree(raw);
        } catch (IOException e) {
            Stats.error("bad-json", source + ": " + raw);
            return;
        }
        boolean needFlush;
        synchronized (this) {
            JsonNode meta = m.path("meta");
            if (meta.has("appError")) {
                String caption = meta.get("appError").path("caption").asText("");
                Stats.error(caption.contains("Synchronization") ? "sync" : caption.isEmpty() ? "csrf" : "app-error",
                        source + " ui " + uiId + ": " + m);
                return;
            }
            if (meta.path("sessionExpired").asBoolean()) {
                Stats.error("session-expired", source + " ui " + uiId);
                return;
            }
            int s = m.path("syncId").asInt(-1);
            if (s < 0 || lastSyncId < 0) {
                apply(m);
                if (s >= 0) lastSyncId = s;
            } else if (s <= lastSyncId) {
                Stats.event("duplicate-ignored");
                return;
            } else if (s > lastSyncId + 1) {       // a gap: wait for the missing message like the client does
                pending.put(s, m);
                int expect = lastSyncId + 1;
                TIMER.schedule(() -> checkGap(expect), maxSuspendMs, TimeUnit.MILLISECONDS);
            } else {
                apply(m);
                lastSyncId = s;
            }
            while (!pending.isEmpty() && pending.firstKey() <= lastSyncId + 1) {
                JsonNode p = pending.pollFirstEntry().getValue();
                if (p.get("syncId").asInt() == lastSyncId + 1) {
                    apply(p);
                    lastSyncId++;
                }
            }
            needFlush = !autoRpc.isEmpty() && !"init".equals(source);
        }
        if (needFlush) Thread.startVirtualThread(this::flushAuto);
    }

    private void checkGap(int expected) {
        synchronized (this) {
            if (closing || lastSyncId >= expected || pending.isEmpty()) return;
            Stats.error("sync-gap", "ui " + uiId + " waited " + maxSuspendMs + " ms for syncId " + expected);
            resyncRequested = true;
        }
        Stats.error("resync", "ui " + uiId);
        Thread.startVirtualThread(this::flushAuto);
    }

    /** Applies one server message: state tree bookkeeping (tags, ids) and the client-side reactions we emulate. */
    private void apply(JsonNode m) {
        for (JsonNode c : m.path("changes")) {
            int node = c.path("node").asInt();
            String type = c.path("type").asText(), key = c.path("key").asText();
            int feat = c.path("feat").asInt(-1);
            if ("detach".equals(type)) {
                tagByNode.remove(node);
                String id = idByNode.remove(node);
                if (id != null) nodeById.remove(id, node);
            } else if ("put".equals(type) && feat == 0 && "tag".equals(key)) {
                tagByNode.put(node, c.path("value").asText());
            } else if ("put".equals(type) && feat == 3 && "id".equals(key)) {
                String old = idByNode.put(node, c.path("value").asText());
                if (old != null) nodeById.remove(old, node);
                nodeById.put(c.path("value").asText(), node);
            } else if ("remove".equals(type) && feat == 3 && "id".equals(key)) {
                String old = idByNode.remove(node);
                if (old != null) nodeById.remove(old, node);
            } else if ("put".equals(type) && feat == 5 && "pushMode".equals(key)) {
                pushEnabled = !"DISABLED".equals(c.path("value").asText());
            }
        }
        for (JsonNode ex : m.path("execute")) {
            String js = ex.get(ex.size() - 1).asText();
            // vaadin-grid's connector acknowledges each data update with confirmUpdate(id)
            if (js.contains("$connector.confirm(") && ex.size() >= 3 && ex.get(0).has("@v-node")) {
                ObjectNode rpc = JSON.createObjectNode().put("type", "publishedEventHandler")
                        .put("node", ex.get(0).get("@v-node").asInt()).put("templateEventMethodName", "confirmUpdate");
                rpc.putArray("templateEventMethodArgs").add(ex.get(1));
                rpc.put("promise", promiseId++);
                autoRpc.add(rpc);
            }
        }
    }

    // ---------------------------------------------------------------- push (Atmosphere over WebSocket)

    private void connectPush() {
        String wsBase = browser.base.toString().replaceFirst("^http", "ws");
        String url;
        synchronized (this) {
            url = wsBase + "VAADIN/push?v-r=push&v-uiId=" + uiId + "&v-pushId=" + pushId
                    + "&X-Atmosphere-tracking-id=" + trackingId + "&X-Atmosphere-Framework=4.0.1"
                    + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                    + "&Content-Type=application/json;%20charset=UTF-8&X-atmo-protocol=true"
                    + "&X-Vaadin-LastSeenServerSyncId=" + Math.max(lastSyncId, 0);
        }
        Browser.HTTP.newWebSocketBuilder().header("Cookie", browser.cookieHeader()).header("User-Agent", Browser.UA)
                .header("Origin", browser.base.toString().replaceAll("/$", "")).connectTimeout(Duration.ofSeconds(15))
                .buildAsync(URI.create(url), new PushListener()).whenComplete((w, ex) -> {
                    if (ex != null) {
                        Stats.error("push-connect", "ui " + uiId + ": " + ex);
                        pushReady.completeExceptionally(ex);
                    } else ws = w;
                });
    }

    private final class PushListener implements WebSocket.Listener {
        @Override
        public void onOpen(WebSocket w) {
            w.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
            frame.append(data);
            if (last) {
                onFrame(frame.toString());
                frame.setLength(0);
            }
            w.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket w, int code, String reason) {
            if (!closing) {
                Stats.error("push-disconnect", "ui " + uiId + " code " + code + " " + reason);
                reconnect();
            }
            return null;
        }

        @Override
        public void onError(WebSocket w, Throwable error) {
            if (!closing) {
                Stats.error("push-disconnect", "ui " + uiId + " error " + error);
                reconnect();
            }
        }
    }

    private void reconnect() {
        if (++reconnects > 5) return;
        TIMER.schedule(this::connectPush, 1, TimeUnit.SECONDS);
    }

    /** Atmosphere TrackMessageSize framing: "len|payload" messages, possibly several per frame or split across frames. */
    private void onFrame(String f) {
        atmo.append(f);
        while (true) {
            int bar = atmo.indexOf("|");
            if (bar < 0) return;
            int len;
            try {
                len = Integer.parseInt(atmo.substring(0, bar));
            } catch (NumberFormatException e) {
                Stats.error("push-framing", atmo.substring(0, Math.min(80, atmo.length())));
                atmo.setLength(0);
                return;
            }
            if (atmo.length() < bar + 1 + len) return;
            String msg = atmo.substring(bar + 1, bar + 1 + len);
            atmo.delete(0, bar + 1 + len);
            if (msg.matches("[0-9a-f-]{36}\\|\\d+\\|.\\|")) {          // handshake: trackingId|heartbeat|padding|
                trackingId = msg.substring(0, 36);
                pushReady.complete(null);
            } else if (msg.isBlank() || msg.equals("X")) {           // Atmosphere heartbeat padding
                Stats.event("push-heartbeat");
            } else {
                Stats.event("push-message");
                if (Stats.verbose) System.err.println("PUSH ui " + uiId + ": " + (msg.length() > 300 ? msg.substring(0, 300) + "..." : msg));
                onMessage(stripPrefix(msg), "push");
            }
        }
    }

    // ---------------------------------------------------------------- heartbeat, watch, close

    void sendHeartbeat() {
        if (closing) return;
        try {
            HttpResponse<Void> r = browser.send(browser.request(browser.base.resolve("?v-r=heartbeat&v-uiId=" + uiId))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() == 200) Stats.event("heartbeat-ok");
            else Stats.error("heartbeat-http-" + r.statusCode(), "ui " + uiId);
        } catch (Exception e) {
            if (!closing) Stats.error("io", "heartbeat: " + e);
        }
    }

    /** Records the arrival time of the first server message (push or xhr) whose text contains {@code token}. */
    public void watch(String token, CountDownLatch latch) {
        watchHitNanos = 0;
        watchSource = null;
        watchLatch = latch;
        watchToken.set(token);
    }

    /** The browser closes the page: UNLOAD beacon, Atmosphere close request, WebSocket close. */
    public void close() {
        closing = true;
        if (heartbeat != null) heartbeat.cancel(false);
        try {
            browser.send(browser.request(uidlUri()).header("Content-Type", "text/plain;charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"csrfToken\":\"" + csrf + "\",\"rpc\":[],\"UNLOAD\":true}"))
                    .build(), HttpResponse.BodyHandlers.discarding());
            if (pushEnabled) browser.send(browser.request(browser.base.resolve("VAADIN/push?v-r=push&v-uiId=" + uiId
                            + "&v-pushId=" + pushId + "&X-Atmosphere-Transport=close&X-Atmosphere-tracking-id=" + trackingId
                            + "&X-Vaadin-LastSeenServerSyncId=" + lastSyncId)).header("Content-Type", "text/plain;charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            Stats.error("io", "close: " + e);
        }
        abandon();
    }

    /** Drops the tab without telling the server (navigation away, crashed tab): only the socket closes. */
    public void abandon() {
        closing = true;
        if (heartbeat != null) heartbeat.cancel(false);
        WebSocket w = ws;
        if (w != null) w.abort();
    }

    public synchronized int syncId() {
        return lastSyncId;
    }

    @Override
    public String toString() {
        return "VaadinTab[ui " + uiId + " /" + location + " syncId " + lastSyncId + " clientId " + nextClientId + "]";
    }
}
