package org.jiebang.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium (Debian's chromium and chromium-driver) driving the running app like a user.
 * Waits for the PrimeFaces ajax queue instead of sleeping; {@link #assertNoJavaScriptErrors()}
 * fails on any console error, CSP violations included.
 */
public final class Browser implements AutoCloseable {

    private final RunningApp app;
    private final ChromeDriver driver;
    private final WebDriverWait wait;
    private final Path downloads;

    public Browser(RunningApp app) {
        this.app = app;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("jiebang.it.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=zh-CN", "--window-size=1280,900");
        try {
            downloads = Files.createDirectories(Path.of("target", "downloads")).toAbsolutePath();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        // a page that warns before unsaved typing is lost (beforeunload) does not stop a test that moves on
        options.setUnhandledPromptBehaviour(org.openqa.selenium.UnexpectedAlertBehaviour.ACCEPT);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("jiebang.it.chromedriver", "/usr/bin/chromedriver")).toFile())
                .build();
        this.driver = new ChromeDriver(service, options);
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public Browser open(String path) {
        driver.get(app.url(path));
        waitForPage();
        return this;
    }

    public WebElement find(String id) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /** Every element matching {@code by} now. */
    public java.util.List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    public Browser type(String id, String text) {
        WebElement input = find(id);
        try {
            input.clear();
            // select what a formatted field (PrimeFaces' inputNumber) keeps after clear(), so that typing replaces it
            input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text);
        } catch (org.openqa.selenium.ElementNotInteractableException e) {
            throw new AssertionError("cannot type into " + id + ": " + input.getAttribute("outerHTML"), e);
        }
        waitForPage();
        return this;
    }

    /**
     * Clicks an element and waits for the page or the ajax request it starts. An element that an
     * ajax update replaced meanwhile is looked up again.
     */
    public Browser click(By by) {
        wait.ignoring(StaleElementReferenceException.class).until(d -> {
            WebElement element = d.findElement(by);
            if (!element.isDisplayed() || !element.isEnabled()) {
                return false;
            }
            element.click();
            return true;
        });
        waitForPage();
        return this;
    }

    /** Waits until an element matching {@code by} shows {@code text}. */
    public boolean waitForText(By by, String text) {
        return wait.ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(by).stream().anyMatch(e -> e.getText().contains(text)));
    }

    public Browser click(String id) {
        return click(By.id(id));
    }

    /** Gives a file to a file input (PrimeFaces' upload starts by itself) and waits for the upload. */
    public Browser upload(String inputId, Path file) {
        driver.findElement(By.id(inputId)).sendKeys(file.toAbsolutePath().toString());
        waitForPage();
        return this;
    }

    /** Chooses the item labelled {@code label} of the PrimeFaces selectOneMenu {@code id}. */
    public Browser choose(String id, String label) {
        click(By.id(id));
        click(By.cssSelector("li.ui-selectonemenu-item[data-label='" + label + "']"));
        return this;
    }

    /**
     * Ticks exactly the item with value {@code value} of the PrimeFaces selectCheckboxMenu {@code id}
     * (unticking the others), as a person does it: open the menu, click the boxes, close it.
     */
    public Browser checkOnly(String id, String value) {
        click(By.id(id));
        WebElement panel = find(id + "_panel");
        for (WebElement item : panel.findElements(By.cssSelector("li.ui-selectcheckboxmenu-item"))) {
            WebElement box = item.findElement(By.cssSelector(".ui-chkbox-box"));
            boolean ticked = box.getAttribute("class").contains("ui-state-active");
            boolean wanted = value.equals(item.getAttribute("data-item-value"));
            if (ticked != wanted) {
                box.click();
                waitForPage();
            }
        }
        driver.findElement(By.tagName("h1")).click();
        waitForPage();
        return this;
    }

    /** After a login form was sent: waits until a logged-in page has loaded, or the login page shows a message. */
    public void waitForLoggedInOrMessage() {
        wait.until(d -> {
            try {
                return !d.findElements(By.cssSelector(".jb-nav-user")).isEmpty()
                        || !d.findElements(By.cssSelector(".ui-messages-error, .ui-message-error")).isEmpty();
            } catch (StaleElementReferenceException e) {
                return false;
            }
        });
        waitForPage();
    }

    /** Presses keys in whatever has the keyboard focus, as a keyboard user does; waits for what they start. */
    public Browser keys(CharSequence... keys) {
        driver.switchTo().activeElement().sendKeys(keys);
        waitForPage();
        return this;
    }

    /**
     * Presses Tab until the element {@code id} has the focus (at most {@code limit} times), as a
     * keyboard user reaches a field; fails if it is never reached.
     */
    public Browser tabTo(String id, int limit) {
        // a component's focusable part is named after it: post:field_focus for the menu post:field
        java.util.function.Predicate<String> reached = focus -> focus != null && (focus.equals(id) || focus.startsWith(id + "_"));
        for (int i = 0; i < limit; i++) {
            if (reached.test(focused().getAttribute("id"))) {
                return this;
            }
            driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
        }
        if (!reached.test(focused().getAttribute("id"))) {
            throw new AssertionError(id + " is not reached with " + limit + " presses of Tab; the focus is on "
                    + focused().getAttribute("outerHTML"));
        }
        return this;
    }

    /** The element that has the keyboard focus. */
    public WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Runs asynchronous JavaScript in the page: it ends by calling its last argument with what it answers. */
    public Object asyncScript(String js, Object... args) {
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver.executeAsyncScript(js, args);
    }

    /** Runs JavaScript in the page and returns what it returns. */
    public Object script(String js, Object... args) {
        return driver.executeScript(js, args);
    }

    /**
     * Clicks a link that downloads a file and waits for a file whose name starts with
     * {@code prefix} and ends with {@code suffix} to arrive whole in target/downloads; returns it.
     * Earlier files of that kind are removed first.
     */
    public Path download(String linkId, String prefix, String suffix) {
        java.util.function.Supplier<List<Path>> found = () -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        };
        for (Path old : found.get()) {
            try {
                Files.deleteIfExists(old);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
        driver.findElement(By.id(linkId)).click();
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            List<Path> now = found.get();
            boolean partial = now.stream().anyMatch(f -> f.toString().endsWith(".crdownload"));
            return partial ? null : now.stream().filter(f -> f.toString().endsWith(suffix)).findFirst().orElse(null);
        });
    }

    /** The page's HTML now (for a look when a test fails). */
    public String source() {
        return driver.getPageSource();
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public boolean waitForText(String text) {
        return wait.until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    public void waitForPage() {
        wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))
                && Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty()")));
    }

    /** Waits until the browser is at {@code path} (a click on a link navigates after it returns); true then. */
    public boolean waitForPath(String path) {
        return wait.until(d -> currentPath().equals(path));
    }

    public String currentPath() {
        return driver.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
    }

    public org.openqa.selenium.Cookie cookie(String name) {
        return driver.manage().getCookieNamed(name);
    }

    public Browser forgetSession() {
        driver.manage().deleteAllCookies();
        return this;
    }

    public Browser width(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        return this;
    }

    /** Scrolls the element with this id to the top of the window, for a screenshot of it. */
    public Browser scrollTo(String id) {
        driver.executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
        return this;
    }

    /** Saves a screenshot under target/screenshots for a look by a person. */
    public void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the page scrolls sideways (it must not, down to phone width). */
    public boolean scrollsHorizontally() {
        return Boolean.TRUE.equals(driver.executeScript(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1"));
    }

    /** The elements that reach past the right edge of the window, for a message when a page scrolls sideways. */
    public String overflowing() {
        return String.valueOf(driver.executeScript("""
                var width = document.documentElement.clientWidth, found = [];
                document.querySelectorAll('body *').forEach(function (e) {
                    var r = e.getBoundingClientRect();
                    if (r.right > width + 1 && r.width > 0 && getComputedStyle(e).visibility !== 'hidden') {
                        found.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + String(e.className).split(' ').join('.')
                            + ' right=' + Math.round(r.right));
                    }
                });
                return found.slice(0, 8).join(' | ');
                """));
    }

    public void assertNoJavaScriptErrors() {
        List<LogEntry> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .toList();
        if (!errors.isEmpty()) {
            throw new AssertionError("JavaScript errors: " + errors);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
