package org.citizendialogue.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.citizendialogue.support.Demo;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;

/**
 * Issue 11, finding 9: with the Content-Security-Policy the application sends (decision 020),
 * every screen loads and works in Chromium and the browser reports no violation of it: pages of
 * visitors, residents, moderators, staff and admins, live updates over the push connection
 * included, and a click that sends event data to the server.
 */
class ContentSecurityPolicyTest extends BrowserTest {

    @Test
    void every_screen_works_under_the_policy_without_a_violation() {
        var browser = openBrowser();
        // every violation of every document, reloads included, is kept in the tab's session storage
        ((ChromeDriver) browser.driver())
                .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                document.addEventListener('securitypolicyviolation', e => {
                  const seen = JSON.parse(sessionStorage.getItem('csp-violations') || '[]');
                  seen.push(location.pathname + ': ' + e.effectiveDirective + ' refused ' + e.blockedURI
                      + ' at ' + e.sourceFile + ':' + e.lineNumber + ' ' + (e.sample || ''));
                  sessionStorage.setItem('csp-violations', JSON.stringify(seen));
                });
                """));
        List<String> problems = new ArrayList<>();
        browser.open("");
        assertThat(policy(browser)).as("an injected inline script is refused").isTrue();
        String signedIn = null;
        for (var stop : ScreenshotTour.STOPS) {
            if (stop.account() != null && !stop.account().equals(signedIn)) {
                if (signedIn != null) {
                    browser.signOut();
                }
                browser.signIn(stop.account(), Demo.PASSWORD);
                signedIn = stop.account();
            }
            browser.open(stop.path());
            var js = (JavascriptExecutor) browser.driver();
            if (!Boolean.TRUE.equals(js.executeScript("return !!window.Vaadin && !!window.Vaadin.Flow"
                    + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
                    + " && !!document.querySelector('vaadin-app-layout, main, #outlet, body > *')"))) {
                problems.add(stop.name() + ": Vaadin did not start");
            }
            problems.addAll(violations(browser, stop.name()));
        }
        // signing out clicks a button: its event data is evaluated by the client engine
        browser.signOut();
        problems.addAll(violations(browser, "sign-out"));
        assertThat(problems).isEmpty();
    }

    /** A script injected into the page is refused: the page is under the policy (the refusal's own report is dropped). */
    private static boolean policy(Browser browser) {
        var js = (JavascriptExecutor) browser.driver();
        js.executeScript("window.__injected = false; var s = document.createElement('script');"
                + " s.textContent = 'window.__injected = true'; document.head.appendChild(s);");
        var refused = Boolean.FALSE.equals(js.executeScript("return window.__injected"));
        browser.driver().manage().logs().get(LogType.BROWSER);
        js.executeScript("sessionStorage.removeItem('csp-violations')");
        return refused;
    }

    private static List<String> violations(Browser browser, String where) {
        var problems = new ArrayList<String>();
        @SuppressWarnings("unchecked")
        var reported = (List<String>) ((JavascriptExecutor) browser.driver())
                .executeScript("const v = JSON.parse(sessionStorage.getItem('csp-violations') || '[]');"
                        + " sessionStorage.removeItem('csp-violations'); return v;");
        reported.forEach(v -> problems.add(where + ": " + v));
        for (var entry : browser.driver().manage().logs().get(LogType.BROWSER)) {
            var message = entry.getMessage();
            if (message.contains("Content Security Policy")
                    || message.contains("Content-Security-Policy")
                    || message.contains("unsafe-eval")
                    || message.contains("EvalError")) {
                problems.add(where + ": " + message);
            }
        }
        return problems;
    }
}
