package org.citizendialogue.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The first visit follows the browser's language; the switch changes it at once and is remembered. */
class BrowserLanguageTest extends BrowserTest {

    @Test
    void a_chinese_browser_gets_chinese_and_the_switch_is_remembered() {
        var browser = openBrowser(1280, 900, "zh-CN");
        browser.open("");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("市民对话");
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.lang"))
                .isEqualTo("zh-CN");

        browser.click("locale-switch");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
                .until(d -> "Citizen Dialogue"
                        .equals(d.findElement(By.tagName("h1")).getText()));
        browser.waitForVaadin();
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return document.documentElement.lang"))
                .isEqualTo("en");

        browser.open("register");
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Sign up");
    }
}
