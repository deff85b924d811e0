package org.jiebang.testing;

import org.jiebang.account.DemoAccounts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Base of the browser tests: one headless Chromium per class on the shared app, a check after
 * every test that the pages raised no JavaScript error, and logging in through the login page. A
 * failing test leaves a screenshot of where it stopped ({@code target/screenshots/FAILED-…}).
 */
@ExtendWith(BrowserTest.ScreenshotOnFailure.class)
public abstract class BrowserTest {

    /** Photographs the page a test failed on, before anything else runs. */
    static class ScreenshotOnFailure implements TestWatcher {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            if (browser != null) {
                browser.screenshot("FAILED-" + context.getRequiredTestMethod().getName());
            }
        }
    }

    protected static RunningApp app;
    protected static Browser browser;

    @BeforeAll
    static void openBrowser() {
        app = RunningApp.shared();
        browser = new Browser(app);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @AfterEach
    void noJavaScriptErrors() {
        browser.assertNoJavaScriptErrors();
    }

    /** Logs in through the login page, in a fresh session. */
    protected static void logIn(String username, String password) {
        browser.forgetSession().open("/login")
                .type("login:username", username)
                .type("login:password", password)
                .click("login:submit");
        // the login answers with a redirect: wait for the page it leads to, so that the next open()
        // is not overtaken by it (a wrong password stays on /login and shows why)
        browser.waitForLoggedInOrMessage();
    }

    /** Logs a demo account in. */
    protected static void logIn(String username) {
        logIn(username, DemoAccounts.PASSWORD);
    }
}
