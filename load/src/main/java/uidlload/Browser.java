package uidlload;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser profile: a cookie jar (so one HTTP session) shared by the tabs opened in it.
 * All browsers share one JDK HttpClient (one selector thread), cookies are sent by hand.
 */
public final class Browser {
    static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newVirtualThreadPerTaskExecutor())
            .build();
    static final String UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
            + "HeadlessChrome/156.0.0.0 Safari/537.36 uidl-load";
    private static final Pattern META_CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    final URI base;                       // e.g. http://127.0.0.1:8090/
    private final Map<String, String> cookies = new ConcurrentHashMap<>();

    public Browser(String baseUrl) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }

    String cookieHeader() {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    HttpRequest.Builder request(URI uri) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).header("User-Agent", UA)
                .header("Accept-Language", "en-US");
        String c = cookieHeader();
        if (!c.isEmpty()) b.header("Cookie", c);
        return b;
    }

    <T> HttpResponse<T> send(HttpRequest req, HttpResponse.BodyHandler<T> h) throws IOException, InterruptedException {
        HttpResponse<T> r = HTTP.send(req, h);
        for (String sc : r.headers().allValues("set-cookie")) {
            String nv = sc.split(";", 2)[0];
            int eq = nv.indexOf('=');
            if (eq <= 0) continue;
            String name = nv.substring(0, eq).trim(), value = nv.substring(eq + 1).trim();
            if (value.isEmpty() || sc.toLowerCase().contains("max-age=0")) cookies.remove(name);
            else cookies.put(name, value);
        }
        return r;
    }

    /** A page load: GET path, following redirects like a browser. Returns the final response (HTML). */
    HttpResponse<String> getPage(String path) throws IOException, InterruptedException {
        URI uri = base.resolve(path);
        for (int hop = 0; hop < 6; hop++) {
            HttpResponse<String> r = send(request(uri).GET().header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 3) return r;
            uri = uri.resolve(r.headers().firstValue("location").orElseThrow());
        }
        throw new IOException("too many redirects for " + path);
    }

    /**
     * Spring Security form login exactly as vaadin-login-form does it: GET /login (the page's
     * {@code <meta name="_csrf">} holds the masked CSRF token, and the browser also boots the LoginView UI),
     * then a native form POST of {@code _csrf, username, password} to /login; 302 to the saved URL on success,
     * to /login?error on failure. The session id changes on success (session fixation protection).
     * Returns a tab opened on the page the login redirected to (or on {@code route} if given).
     */
    static final Pattern DEMO_CODE = Pattern.compile("(?:is|\u662f) (\\d{6,8})");

    public VaadinTab signIn(String user, String password, String route) throws Exception {
        VaadinTab loginTab = VaadinTab.open(this, "login");        // boots the LoginView like the browser
        Matcher m = META_CSRF.matcher(loginTab.html);
        if (!m.find()) throw new IOException("no <meta name=_csrf> on /login");
        String form = "_csrf=" + enc(m.group(1)) + "&username=" + enc(user) + "&password=" + enc(password);
        HttpResponse<String> r = send(request(base.resolve("login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", base.toString().replaceAll("/$", ""))
                .header("Referer", base.resolve("login").toString())
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String loc = r.headers().firstValue("location").orElse("");
        if (r.statusCode() != 302 || loc.contains("error")) {
            Stats.error("login", "status " + r.statusCode() + " location " + loc);
            throw new IOException("login failed for " + user + ": " + r.statusCode() + " " + loc);
        }
        loginTab.abandon();   // the login page is navigated away from (full page load)
        String target = route != null ? route : base.relativize(base.resolve(loc)).toString();
        // staff and admins owe a second factor (the portal's decision 023): the demo shows the current code; a code
        // used once is refused, so a second sign-in within the same 30 s waits for the next one
        String tried = null;
        VaadinTab tab = VaadinTab.open(this, target, true);
        for (int attempt = 0; tab.elementIds().containsKey("mfa-code") && attempt < 20; attempt++) {
            Matcher code;
            synchronized (tab.transcript) {
                code = DEMO_CODE.matcher(tab.transcript);
                if (!code.find()) throw new IOException("second factor asked, and no demo code shown (dialogue.demo.enabled)");
            }
            if (!code.group(1).equals(tried)) {
                tried = code.group(1);
                tab.setValue("mfa-code", tried);
                tab.click("mfa-verify");
            } else {
                Thread.sleep(3000);
            }
            tab.abandon();   // verifying reloads the page
            tab = VaadinTab.open(this, target, true);
        }
        tab.transcript = null;
        return tab;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
