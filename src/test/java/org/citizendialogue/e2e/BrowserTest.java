package org.citizendialogue.e2e;

import java.io.File;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;

import org.citizendialogue.support.TestMailServer;
import org.citizendialogue.support.TotpCodes;
import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMailUtil;

/**
 * Whole journeys in a real headless Chromium against the application on a random port and the
 * embedded MariaDB. Chromium and chromedriver come from Debian's packages (.ci/run installs them).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** The TOTP secret each account enrolled in these tests (the demo accounts share the published one). */
    static final Map<String, String> SECRETS = new ConcurrentHashMap<>();

    private final List<WebDriver> drivers = new ArrayList<>();

    @Autowired
    TestMailServer smtp;

    /**
     * The path of the link that confirms a new account's address, from the e-mail the test SMTP
     * server received (new accounts confirm before they ask, comment, vote or report: decision 021).
     */
    String verificationPath(String email) {
        var link = Pattern.compile("verify-email\\?token=([A-Za-z0-9_-]+)");
        var deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            for (var mail : smtp.received()) {
                try {
                    if (GreenMailUtil.getAddressList(mail.getAllRecipients()).contains(email)) {
                        var matcher = link.matcher(
                                GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
                        if (matcher.find()) {
                            return "verify-email?token=" + matcher.group(1);
                        }
                    }
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no confirmation link was mailed to " + email);
    }

    /** A fresh browser with its own cookies, as a separate person would have. */
    Browser openBrowser(int width, int height) {
        return openBrowser(width, height, "en-US");
    }

    /** A browser whose user prefers the given language (Accept-Language). */
    Browser openBrowser(int width, int height, String language) {
        var options = new ChromeOptions();
        options.addArguments("--lang=" + language);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        // the browser console is kept, so a test can read it (CSP violations: ContentSecurityPolicyTest)
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-dev-shm-usage",
                "--window-size=" + Math.max(width, 500) + "," + height);
        if (width < 500) {
            // headless windows are at least 500 px wide: a phone is emulated instead
            options.setExperimentalOption(
                    "mobileEmulation",
                    Map.of(
                            "deviceMetrics",
                            Map.of("width", width, "height", height, "pixelRatio", 2.0, "touch", true)));
        }
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.path", "/usr/bin/chromedriver")))
                .build();
        var driver = new ChromeDriver(service, options);
        drivers.add(driver);
        return new Browser(driver, "http://localhost:" + port + "/", jdbc);
    }

    Browser openBrowser() {
        return openBrowser(1280, 1000);
    }

    @AfterEach
    void closeBrowsers() {
        drivers.forEach(WebDriver::quit);
        drivers.clear();
    }

    /** A thin helper over one browser: open a path, find by stable id, type, click, wait. */
    record Browser(WebDriver driver, String base, JdbcClient jdbc) {

        void open(String path) {
            driver.get(base + path);
            waitForVaadin();
        }

        void waitForVaadin() {
            new WebDriverWait(driver, WAIT)
                    .until(
                            d -> Boolean.TRUE.equals(
                                    ((JavascriptExecutor) d)
                                            .executeScript(
                                                    "return !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
                                                            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())")));
        }

        WebElement byId(String id) {
            return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
        }

        boolean present(String id) {
            return !driver.findElements(By.id(id)).isEmpty();
        }

        void type(String id, String text) {
            var host = byId(id);
            var input = host.findElements(By.cssSelector("input, textarea"));
            (input.isEmpty() ? host : input.getFirst()).sendKeys(text);
        }

        /** Clicks "show more" ({@code moreId}) until the element is on the page, then clicks it: long lists come a page at a time. */
        void clickShowingMore(String id, String moreId) {
            while (!present(id) && present(moreId)) {
                click(moreId);
            }
            click(id);
        }

        void click(String id) {
            var element = byId(id);
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            element.click();
            waitForVaadin();
        }

        void waitForText(String text) {
            new WebDriverWait(driver, WAIT)
                    .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
        }

        void waitUntilGone(String id) {
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.invisibilityOfElementLocated(By.id(id)));
        }

        String bodyText() {
            return driver.findElement(By.tagName("body")).getText();
        }

        void signIn(String email, String password) {
            open("login");
            var user = new WebDriverWait(driver, WAIT)
                    .until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
            user.sendKeys(email);
            driver.findElement(By.name("password")).sendKeys(password);
            driver.findElement(By.cssSelector(
                            "vaadin-login-form vaadin-button[slot='submit'], vaadin-login-form vaadin-button"))
                    .click();
            new WebDriverWait(driver, WAIT)
                    .until(d -> !d.findElements(By.id("mfa-page")).isEmpty()
                            || !d.findElements(By.id("nav-logout")).isEmpty());
            waitForVaadin();
            if (present("mfa-page")) {
                completeSecondFactor(email);
            }
            new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("nav-logout")));
            waitForVaadin();
        }

        /**
         * The second step of sign-in, as its owner would: enrols with the shown key when the page
         * asks to (remembering it), or types the next code of the account's authenticator.
         */
        void completeSecondFactor(String email) {
            if (present("mfa-secret")) {
                var secret = byId("mfa-secret").getText().replace(" ", "");
                SECRETS.put(email, secret);
                type("mfa-code", TotpCodes.next(jdbc, email, secret));
                click("mfa-enrol-confirm");
                click("mfa-continue");
            } else {
                var secret = SECRETS.getOrDefault(email, TotpCodes.DEMO_SECRET);
                type("mfa-code", TotpCodes.next(jdbc, email, secret));
                click("mfa-verify");
            }
            new WebDriverWait(driver, WAIT)
                    .until(d -> d.findElements(By.id("mfa-page")).isEmpty());
            waitForVaadin();
        }

        void signOut() {
            var signedInAt = driver.getCurrentUrl();
            click("nav-logout");
            try {
                new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("nav-login")));
            } catch (TimeoutException lostRedirect) {
                // The session ends on the server, and the client is told where to go in the same
                // response; when that response is lost (push closing with the session), a reload
                // must show the page signed out. A sign-out that did not happen still fails here.
                System.out.println("SIGN-OUT no redirect from " + signedInAt + ", reloading");
                driver.navigate().refresh();
                new WebDriverWait(driver, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("nav-login")));
            }
        }
    }
}
