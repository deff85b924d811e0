package org.jiebang.platform.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.jiebang.account.Organization;
import org.jiebang.account.Role;
import org.jiebang.account.User;
import org.jiebang.account.UserForm;
import org.jiebang.platform.notify.Mailer.Letter;
import org.jiebang.platform.notify.Notification.MailState;
import org.jiebang.testing.Registrations;
import org.jiebang.testing.TestDatabases;
import org.jiebang.testing.TestDatabases.Kind;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * Notification e-mail (SPEC §12) from the outbox rows, on H2 and MariaDB, through a real SMTP
 * server: sent once, claimed by one node only, retried after failures and given up after five.
 */
class MailQueuePersistenceTest {

    private static final Map<Kind, EntityManagerFactory> FACTORIES = new ConcurrentHashMap<>();
    private static final Instant NOW = Instant.parse("2026-11-23T06:00:00Z");
    private static GreenMail smtp;
    private static Mailer mailer;

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        mailer = new Mailer(new MailSettings("127.0.0.1", smtp.getSmtp().getPort(), "noreply@jiebang.test",
                "https://jiebang.example.cn/"));
    }

    @AfterAll
    static void close() {
        FACTORIES.values().forEach(EntityManagerFactory::close);
        smtp.stop();
    }

    static <T> T tx(Kind kind, Function<MailQueue, T> work) {
        return TestDatabases.inTransaction(FACTORIES.computeIfAbsent(kind, k -> TestDatabases.migrated(k, "jiebang_test_mail")),
                em -> work.apply(new MailQueue(em)));
    }

    /** A user with an address, and one notification for them written with mail on or off. */
    static long aNotification(Kind kind, String text, boolean mail) {
        return tx(kind, queue -> {
            EntityManager em = queue.em;
            Organization org = TestDatabases.anOrganization("邮件测试研究院", Registrations.freshUscc());
            em.persist(org);
            UserForm form = new UserForm();
            form.setUsername(Registrations.freshUsername("mail"));
            form.setDisplayName("郑工");
            form.setEmail(form.getUsername() + "@example.cn");
            form.setPhone("13800000000");
            User user = new User(form, "PBKDF2WithHmacSHA256:600000:x:y", org, EnumSet.of(Role.RESEARCHER));
            em.persist(user);
            em.flush();
            Notification n = new Notification(user.getId(), "QUESTION_ANSWERED", 7L, text, "Your question on \"" + text
                    + "\" was answered.", "/challenge/view?id=7", NOW, mail);
            em.persist(n);
            em.flush();
            return n.getId();
        });
    }

    static Notification read(Kind kind, long id) {
        return tx(kind, queue -> {
            Notification n = queue.em.find(Notification.class, id);
            queue.em.refresh(n);
            return n;
        });
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aDueNotificationIsMailedOnceWithItsLink(Kind kind) throws Exception {
        String text = "您在榜单“固态电池 🔋 " + System.nanoTime() + "”的提问已有答复";
        long id = aNotification(kind, text, true);
        assertTrue(tx(kind, q -> q.due(NOW, 1000)).contains(id));
        Letter letter = tx(kind, q -> q.claim(id, NOW)).orElseThrow();
        assertEquals(Optional.empty(), tx(kind, q -> q.claim(id, NOW)), "a claimed row is not claimed again");
        assertFalse(tx(kind, q -> q.due(NOW, 1000)).contains(id), "a claimed row is leased");

        mailer.send(letter);
        tx(kind, q -> {
            q.sent(id, NOW.plusSeconds(1));
            return null;
        });
        MimeMessage message = received(text);
        assertEquals(letter.to(), ((jakarta.mail.internet.InternetAddress) message.getAllRecipients()[0]).getAddress());
        assertTrue(message.getSubject().startsWith("【揭榜】您在榜单“固态电池 🔋"), message.getSubject());
        String body = (String) message.getContent();
        assertTrue(body.contains(text) && body.contains("https://jiebang.example.cn/challenge/view?id=7"), body);
        assertTrue(body.contains("was answered"), "the English text follows the Chinese");

        Notification sent = read(kind, id);
        assertEquals(MailState.SENT, sent.getMailState());
        assertEquals(NOW.plusSeconds(1), sent.getMailedAt());
        assertFalse(tx(kind, q -> q.due(NOW.plus(Duration.ofDays(1)), 1000)).contains(id), "never sent again");
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void aNodeThatDiedWhileSendingLeavesTheRowToBeSentAfterTheLease(Kind kind) {
        long id = aNotification(kind, "租约测试", true);
        assertTrue(tx(kind, q -> q.claim(id, NOW)).isPresent());
        Instant leaseOver = NOW.plus(MailQueue.LEASE).plusSeconds(1);
        assertTrue(tx(kind, q -> q.due(leaseOver, 1000)).contains(id));
        assertTrue(tx(kind, q -> q.claim(id, leaseOver)).isPresent());
        assertEquals(2, read(kind, id).getMailAttempts());
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void failuresAreRetriedLaterAndGivenUpAfterFiveAttempts(Kind kind) {
        long id = aNotification(kind, "重试测试", true);
        Mailer nowhere = new Mailer(new MailSettings("127.0.0.1", 1, "noreply@jiebang.test", "http://localhost"));
        Instant at = NOW;
        for (int attempt = 1; attempt <= MailQueue.MAX_ATTEMPTS; attempt++) {
            Instant when = at;
            Letter letter = tx(kind, q -> q.claim(id, when)).orElseThrow();
            MessagingException refused = assertThrows(MessagingException.class, () -> nowhere.send(letter));
            tx(kind, q -> {
                q.failed(id, when, refused.getMessage());
                return null;
            });
            Notification n = read(kind, id);
            if (attempt < MailQueue.MAX_ATTEMPTS) {
                assertEquals(MailState.PENDING, n.getMailState());
                assertTrue(n.getMailDueAt().isAfter(when), "tried again later, not at once");
                assertFalse(tx(kind, q -> q.due(when, 1000)).contains(id));
                at = n.getMailDueAt();
            } else {
                assertEquals(MailState.FAILED, n.getMailState());
                assertNull(n.getMailDueAt());
                assertTrue(n.getMailError() != null && !n.getMailError().isBlank());
            }
        }
        assertEquals(MailQueue.MAX_ATTEMPTS, read(kind, id).getMailAttempts());
        assertFalse(tx(kind, q -> q.due(NOW.plus(Duration.ofDays(30)), 1000)).contains(id));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void withoutMailNothingIsQueued(Kind kind) {
        long id = aNotification(kind, "不发邮件", false);
        assertEquals(MailState.NONE, read(kind, id).getMailState());
        assertFalse(tx(kind, q -> q.due(NOW.plus(Duration.ofDays(1)), 1000)).contains(id));
    }

    private static MimeMessage received(String text) throws Exception {
        smtp.waitForIncomingEmail(5000, 1);
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (String.valueOf(message.getContent()).contains(text)) {
                return message;
            }
        }
        throw new AssertionError("no e-mail with " + text);
    }
}
