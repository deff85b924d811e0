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
    /** Whether clicks and typing go through the keyboard alone ({@link #keyboardOnly()}). */
    private boolean keyboardOnly;
    /** The most presses of Tab that may reach an element from wherever the focus is. */
    private static final int TAB_LIMIT = 400;

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

    /**
     * From now on every click, choice, typing and upload reaches its element with Tab from wherever
     * the focus is, and acts with Enter, Space, the arrow keys or typing, as a person without a mouse
     * does; an element that Tab never reaches fails the test. Files are still given to the file
     * input (what the system's file dialog does once the upload button is pressed).
     */
    public Browser keyboardOnly() {
        keyboardOnly = true;
        return this;
    }

    public boolean isKeyboardOnly() {
        return keyboardOnly;
    }

    /** Types into the element {@code by} finds (a rich-text editor's editing area, say). */
    public Browser type(By by, String text) {
        WebElement input = wait.until(ExpectedConditions.visibilityOfElementLocated(by));
        if (keyboardOnly) {
            reach(input, by.toString());
        }
        input.sendKeys(text);
        waitForPage();
        return this;
    }

    public Browser type(String id, String text) {
        typeOnce(id, text);
        if (!text.isEmpty() && find(id).getAttribute("value").isBlank()) {
            // a menu closing just before (its panel hands the focus back to it when its animation ends)
            // can take the keys typed meanwhile: the field is found empty, and typed into once more
            typeOnce(id, text);
        }
        return this;
    }

    private void typeOnce(String id, String text) {
        WebElement input = find(id);
        if (keyboardOnly) {
            reach(input, id);
            keys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text);
            return;
        }
        try {
            input.clear();
            // select what a formatted field (PrimeFaces' inputNumber) keeps after clear(), so that typing replaces it
            input.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), text);
        } catch (org.openqa.selenium.ElementNotInteractableException e) {
            throw new AssertionError("cannot type into " + id + ": " + input.getAttribute("outerHTML"), e);
        }
        waitForPage();
    }

    /**
     * Clicks an element and waits for the page or the ajax request it starts. An element that an
     * ajax update replaced meanwhile is looked up again.
     */
    public Browser click(By by) {
        if (keyboardOnly) {
            WebElement element = wait.ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(by).stream().filter(e -> e.isDisplayed() && e.isEnabled()).findFirst().orElse(null));
            return press(element, by.toString());
        }
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

    /** Waits until no element matches {@code by} (a count that went away with an update); true then. */
    public boolean waitForNone(By by) {
        return wait.until(d -> d.findElements(by).isEmpty());
    }

    public Browser click(String id) {
        return click(By.id(id));
    }

    /** Clicks an element found before (one link of a row), or presses it with the keyboard. */
    public Browser click(WebElement element) {
        if (keyboardOnly) {
            return press(element, element.getText());
        }
        element.click();
        waitForPage();
        return this;
    }

    /**
     * The keyboard's click: a suggestion of an autocomplete is taken with the arrow keys and Enter
     * (the focus stays in its field); a box or a box's label is reached and ticked with Space;
     * anything else is reached with Tab and pressed with Enter.
     */
    private Browser press(WebElement element, String name) {
        if (element.getAttribute("class") != null && element.getAttribute("class").contains("ui-autocomplete-item")) {
            for (int i = 0; i < 20 && !element.getAttribute("class").contains("ui-state-highlight"); i++) {
                driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ARROW_DOWN);
            }
            if (!element.getAttribute("class").contains("ui-state-highlight")) {
                throw new AssertionError(name + " is not reached with the arrow keys");
            }
            return keys(org.openqa.selenium.Keys.ENTER);
        }
        WebElement target = element;
        if ("label".equals(element.getTagName()) && element.getAttribute("for") != null) {
            target = driver.findElement(By.id(element.getAttribute("for")));
        }
        boolean box = "checkbox".equals(target.getAttribute("type")) || "radio".equals(target.getAttribute("type"));
        reach(target, name);
        return keys(box ? org.openqa.selenium.Keys.SPACE : org.openqa.selenium.Keys.ENTER);
    }

    /** Presses Tab until {@code target} (or the focusable part of it) has the focus; fails if it never does. */
    private void reach(WebElement target, String name) {
        for (int i = 0; i < TAB_LIMIT; i++) {
            if (hasFocus(target)) {
                return;
            }
            new org.openqa.selenium.interactions.Actions(driver).sendKeys(org.openqa.selenium.Keys.TAB).perform();
        }
        if (!hasFocus(target)) {
            throw new AssertionError(name + " is not reached with " + TAB_LIMIT + " presses of Tab; the focus is on "
                    + focused().getAttribute("outerHTML"));
        }
    }

    private boolean hasFocus(WebElement target) {
        // a component's focusable part is inside it or named after it (post:field_focus for the menu post:field)
        return Boolean.TRUE.equals(driver.executeScript("var t = arguments[0], a = document.activeElement;"
                + " return !!a && a !== document.body && (a === t || t.contains(a)"
                + " || (!!t.id && !!a.id && a.id.indexOf(t.id + '_') === 0));", target));
    }

    /** Gives a file to a file input (PrimeFaces' upload starts by itself) and waits for the upload. */
    public Browser upload(String inputId, Path file) {
        WebElement input = driver.findElement(By.id(inputId));
        if (keyboardOnly) {
            // the upload's button is reached (it would open the system's dialog, whose part is the file given below)
            reach((WebElement) driver.executeScript("return arguments[0].closest('.ui-fileupload-choose') || arguments[0];", input),
                    inputId);
        }
        input.sendKeys(file.toAbsolutePath().toString());
        waitForPage();
        return this;
    }

    /** Chooses the item labelled {@code label} of the PrimeFaces selectOneMenu {@code id}. */
    public Browser choose(String id, String label) {
        if (keyboardOnly) {
            // a closed menu moves its choice with the arrow keys: down through the list, then up if it lay above
            reach(find(id), id);
            for (org.openqa.selenium.Keys key : List.of(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ARROW_UP)) {
                for (int i = 0; i < 300 && !find(id + "_label").getText().equals(label); i++) {
                    String before = find(id + "_label").getText();
                    keys(key);
                    if (find(id + "_label").getText().equals(before)) {
                        break;
                    }
                }
            }
            if (!find(id + "_label").getText().equals(label)) {
                throw new AssertionError(label + " is not chosen in " + id + " with the arrow keys");
            }
            return this;
        }
        click(By.id(id));
        click(By.cssSelector("[id='" + id + "_panel'] li.ui-selectonemenu-item[data-label='" + label + "']"));
        try {
            wait.until(d -> d.findElement(By.id(id + "_label")).getText().equals(label));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(label + " is not chosen in " + id + ": it shows " + find(id + "_label").getText(), e);
        }
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

    /** Whether leaving the page now would ask first (the page's beforeunload handler objects). */
    public boolean leavingAsks() {
        return Boolean.TRUE.equals(driver.executeScript(
                "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;"));
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
