package org.jiebang.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.jiebang.account.DemoAccounts;
import org.jiebang.testing.Api;
import org.jiebang.testing.BrowserTest;
import org.jiebang.testing.Registrations;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** A firm registers, staff verify it, its user logs in: in headless Chromium, as people do it. */
class RegistrationBrowserIT extends BrowserTest {



    @Test
    void aFirmRegistersGetsVerifiedAndLogsIn() {
        String username = Registrations.freshUsername("firm");
        String name = "嘉兴浏览器测试精密制造有限公司" + username;
        String password = "Browser-pass-2026";

        browser.forgetSession().open("/register");
        browser.screenshot("register");
        browser.type("register:orgName", name)
                .choose("register:orgType", "企业")
                .type("register:uscc", Registrations.freshUscc())
                .type("register:region", "330402")
                .type("register:contactName", "沈国华")
                .type("register:address", "浙江省嘉兴市南湖区亚太路 778 号")
                .type("register:contactPhone", "0573-82223333")
                .type("register:orgEmail", "office@example.cn")
                .click("register:next");
        browser.type("register:username", username)
                .type("register:displayName", "沈国华")
                .type("register:password", password)
                .type("register:confirm", password)
                .type("register:email", username + "@example.cn")
                .click("register:submit");
        assertTrue(browser.waitForText("注册已提交"));
        assertTrue(browser.text().contains(name));

        logIn("staff.li", DemoAccounts.PASSWORD);
        browser.open("/staff/organizations").type("queue:text", username);
        assertTrue(browser.waitForText(name), "the new firm waits in the staff queue");
        browser.screenshot("staff-queue");
        By verifyButton = By.xpath("//tr[contains(., '" + name + "')]//button[contains(@class,'jb-verify')]");
        browser.click(verifyButton);
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        assertTrue(browser.waitForText("已认证“" + name + "”"));

        logIn(username, password);
        assertTrue(browser.currentPath().startsWith("/account/profile"), browser.currentPath());
        assertTrue(browser.find("orgStatus").getText().contains("已认证"));
        browser.screenshot("profile");
    }

    @Test
    void aWrongCreditCodeIsNamedNextToItsFieldAndNothingTypedIsLost() {
        String uscc = Registrations.freshUscc();
        String wrong = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
        browser.forgetSession().open("/register")
                .type("register:orgName", "校验位测试公司")
                .choose("register:orgType", "高等院校")
                .type("register:uscc", wrong)
                .click("register:next");
        assertTrue(browser.waitForText("统一社会信用代码无效"));
        assertTrue(browser.find("register:orgName").getAttribute("value").equals("校验位测试公司"));
        assertFalse(browser.text().contains("Exception"));
    }

    @Test
    void aUserChangesTheirPasswordOnTheProfilePage() {
        String username = Registrations.freshUsername("pw");
        new Api(app).post("/api/v1/organizations",
                Registrations.registration("改密测试研究院" + username, "RESEARCH_INSTITUTE", username, "Old-password-1"));
        logIn(username, "Old-password-1");
        browser.open("/account/profile")
                .type("password:current", "Old-password-1")
                .type("password:newPassword", "New-password-2")
                .type("password:confirm", "New-password-2")
                .click("password:change");
        assertTrue(browser.waitForText("密码已修改"));
        Api staff = new Api(app).as("staff.wang", DemoAccounts.PASSWORD);
        assertTrue(staff.get("/api/v1/audit?size=20").json().getJsonArray("items").stream()
                .map(e -> e.asJsonObject())
                .anyMatch(e -> e.getString("action").equals("PASSWORD_CHANGED") && e.getString("actor").equals(username)),
                "the password change is in the audit log");
        browser.click("logoutForm:navLogout");
        // wait for the page the logout leads to (reading the body mid-navigation finds none)
        assertTrue(browser.waitForText(By.cssSelector(".jb-nav-login"), "登录"), "logged out");
        logIn(username, "New-password-2");
        assertTrue(browser.currentPath().startsWith("/account/profile"));
    }

    @Test
    void theHomePageFitsAPhone() throws Exception {
        browser.forgetSession().width(390, 844).open("/");
        assertFalse(browser.scrollsHorizontally(), "no sideways scrolling at 390 px");
        browser.screenshot("home-phone");
        browser.width(1280, 900).open("/");
        browser.screenshot("home");
        assertTrue(Files.size(Path.of("target", "screenshots", "home.png")) > 10_000);
    }
}
