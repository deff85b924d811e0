package org.jiebang.it;

import static org.jiebang.testing.Challenges.aChallenge;
import static org.jiebang.testing.Challenges.publish;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.jiebang.account.DemoAccounts;
import org.jiebang.testing.Api;
import org.jiebang.testing.Api.Answer;
import org.jiebang.testing.MailServer;
import org.jiebang.testing.MailServer.Mail;
import org.jiebang.testing.Registrations;
import org.jiebang.testing.RunningApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SPEC §12: the people concerned are notified in the app and by e-mail, once, and only they. */
class NotificationsIT {

    static RunningApp app;
    static Api anonymous;
    static Api firm;
    static Api staff;
    static Api researcher;

    @BeforeAll
    static void start() {
        app = RunningApp.shared();
        anonymous = new Api(app);
        firm = anonymous.as("hengtai.zhao", DemoAccounts.PASSWORD);
        staff = anonymous.as("staff.wang", DemoAccounts.PASSWORD);
        researcher = anonymous.as("yrdam.zheng", DemoAccounts.PASSWORD);
    }

    static List<JsonObject> notifications(Api api) {
        Answer list = api.get("/api/v1/users/me/notifications?size=100");
        assertEquals(200, list.status(), list::toString);
        return list.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }

    @Test
    void theAskerIsNotifiedOfTheAnswerInTheAppAndByMailOnce() throws InterruptedException {
        String title = "通知测试榜单" + System.nanoTime();
        long id = publish(firm, staff, aChallenge(title, "问题", Instant.now().plus(Duration.ofDays(30))).build())
                .getJsonNumber("id").longValue();
        long qid = researcher.post("/api/v1/challenges/" + id + "/questions",
                Json.createObjectBuilder().add("text", "低温下的容量保持率如何测试？").build()).json().getJsonNumber("id").longValue();
        assertEquals(200, firm.post("/api/v1/challenges/" + id + "/questions/" + qid + "/answer",
                Json.createObjectBuilder().add("text", "-20℃ 下 0.5C 放电").build()).status());

        JsonObject inApp = notifications(researcher).stream().filter(n -> n.getString("textZh").contains(title))
                .findFirst().orElseThrow(() -> new AssertionError("no notification in the app"));
        assertEquals("QUESTION_ANSWERED", inApp.getString("kind"));
        assertEquals("/challenge/view?id=" + id, inApp.getString("link"));
        assertFalse(inApp.getBoolean("read"));
        assertTrue(inApp.getString("textEn").contains(title));

        String address = researcher.get("/api/v1/users/me").json().getString("email");
        String answeredText = "您在榜单“" + title + "”的提问已得到答复";
        Mail mail = MailServer.await(m -> m.body().contains(answeredText), Duration.ofSeconds(30));
        assertEquals(List.of(address), mail.to().stream().map(NotificationsIT::address).toList());
        assertTrue(mail.subject().startsWith("【揭榜】"), mail.subject());
        assertTrue(mail.body().contains("http://localhost:" + app.port() + "/challenge/view?id=" + id), mail.body());

        Thread.sleep(7000); // more than one pass of the outbox
        assertEquals(1, MailServer.received(m -> m.body().contains(answeredText)).size(), "mailed exactly once");
        String firmAddress = firm.get("/api/v1/users/me").json().getString("email");
        assertTrue(MailServer.received(m -> m.body().contains("您的榜单“" + title + "”已审核通过")).stream()
                .anyMatch(m -> m.to().stream().map(NotificationsIT::address).toList().contains(firmAddress)),
                "the firm was mailed of the publication");
        assertTrue(notifications(firm).stream().noneMatch(n -> answered(n, title)),
                "the owner who answered is not notified of its own answer");
        assertTrue(notifications(staff).stream().noneMatch(n -> answered(n, title)));

        Answer marked = researcher.post("/api/v1/users/me/notifications/read", "{}");
        assertEquals(200, marked.status(), marked::toString);
        assertTrue(marked.json().getInt("marked") >= 1);
        assertTrue(notifications(researcher).stream().allMatch(n -> n.getBoolean("read")));
    }

    @Test
    void membersAreToldWhenStaffAddSomeoneToTheirOrganization() {
        Api member = Registrations.registerVerified(anonymous, staff, "UNIVERSITY", "Member-pass-2026");
        long organization = member.get("/api/v1/users/me").json().getJsonNumber("organizationId").longValue();
        String username = Registrations.freshUsername("added");
        Answer added = staff.post("/api/v1/organizations/" + organization + "/members",
                Registrations.user(username, "Added-pass-2026").build());
        assertEquals(201, added.status(), added::toString);
        assertTrue(notifications(member).stream().anyMatch(n -> n.getString("kind").equals("MEMBER_ADDED")
                && n.getString("textZh").contains(username) && n.getString("textZh").contains("科技大市场工作人员")),
                "a member added from outside is announced to the organization, whose sealed bids the newcomer can read");
    }

    @Test
    void notificationsAreOnlyTheCallersOwn() {
        assertEquals(401, anonymous.get("/api/v1/users/me/notifications").status());
        assertEquals(401, anonymous.post("/api/v1/users/me/notifications/read", "{}").status());
    }

    private static boolean answered(JsonObject notification, String title) {
        return notification.getString("kind").equals("QUESTION_ANSWERED") && notification.getString("textZh").contains(title);
    }

    private static String address(String recipient) {
        int open = recipient.indexOf('<');
        return open < 0 ? recipient : recipient.substring(open + 1, recipient.indexOf('>', open));
    }
}
