package org.focalbot.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.focalbot.adapters.host.Application;
import org.focalbot.adapters.host.Env;
import org.focalbot.bot.Platform;
import org.focalbot.bot.delivery.ConversationAddress;
import org.focalbot.bot.digest.Digest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Drives the web chat in headless Chromium: type a message, see the reply, click a reply button, see a digest.
 * Needs Debian's chromium and chromium-driver (.ci/run installs them); without them the test is
 * skipped with that reason, because a browser cannot be downloaded in the sandboxed test run.
 */
class WebChatBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path dataDir;
    @TempDir
    Path profile;
    private Application app;
    private WebDriver browser;

    @BeforeEach
    void start() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "skipped: headless browser test needs /usr/bin/chromium and /usr/bin/chromedriver "
                        + "(apt-get install chromium chromium-driver; .ci/run does this)");
        app = Application.start(new Env(Map.of("PORT", "0", "DATA_DIR", dataDir.toString())), Clock.systemUTC());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aPersonTypesAMessageSeesTheReplyAndClicksAReplyButton() {
        browser.get("http://127.0.0.1:" + app.port() + "/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));

        WebElement message = browser.findElement(By.id("message"));
        assertEquals("Message", browser.findElement(By.cssSelector("label[for=message]")).getAttribute("textContent"));
        assertEquals(message, browser.switchTo().activeElement(), "the message box has keyboard focus on load");
        message.sendKeys("hello");
        message.sendKeys(Keys.ENTER);

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#log .msg.bot"), "Focal Point Assistant"));
        assertEquals("hello", browser.findElement(By.cssSelector("#log .msg.me")).getText());

        WebElement notes = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#log .msg.bot button[data-action='help:notes']")));
        notes.click();
        wait.until(d -> d.findElements(By.cssSelector("#log .msg.bot")).size() == 2);
        String second = browser.findElements(By.cssSelector("#log .msg.bot")).get(1).getText();
        assertTrue(second.contains("note for Water Alliance"), second);
    }

    @Test
    void aDigestPostedToTheConversationIsShownAsFormattedText() throws Exception {
        browser.get("http://127.0.0.1:" + app.port() + "/");
        String conversation = (String) ((JavascriptExecutor) browser)
                .executeScript("return window.localStorage.getItem('focalbot.conversation');");
        ConversationAddress here = new ConversationAddress(Platform.WEB, "local", conversation);
        Instant now = Instant.now();
        Digest quiet = app.assistant().digests().composer().compose("web:local", List.of(), now.minus(Duration.ofDays(7)),
                now, ZoneId.of("UTC"));
        app.assistant().digests().inbox().deliver(here, quiet, "focal-digest:test");
        browser.navigate().refresh();
        WebElement digest = new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#log .msg.digest h3")));
        assertTrue(digest.getText().startsWith("Weekly partnership digest"), digest.getText());
        assertTrue(browser.findElement(By.cssSelector("#log .msg.digest strong")).getText().contains("0 new notes"));
    }
}
