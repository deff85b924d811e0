package org.jiebang.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * A real SMTP server (GreenMail) in the test JVM, which the running app mails its notifications
 * to: {@link #shared()} listens on 127.0.0.1 at {@code jiebang.it.smtp-port} (13025).
 */
public final class MailServer {

    public static final int PORT = Integer.getInteger("jiebang.it.smtp-port", 13025);
    private static GreenMail shared;

    private MailServer() {
    }

    /** One received message: recipients, subject and plain-text body. */
    public record Mail(List<String> to, String subject, String body) {
    }

    public static synchronized GreenMail shared() {
        if (shared == null) {
            shared = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            shared.start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop));
        }
        return shared;
    }

    /** Every message received so far that {@code filter} accepts. */
    public static List<Mail> received(Predicate<Mail> filter) {
        return Arrays.stream(shared().getReceivedMessages()).map(MailServer::read).filter(filter).toList();
    }

    /** Waits up to {@code timeout} for a message {@code filter} accepts, and returns it. */
    public static Mail await(Predicate<Mail> filter, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            List<Mail> found = received(filter);
            if (!found.isEmpty()) {
                return found.get(0);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no such e-mail arrived within " + timeout + "; received: "
                + received(m -> true).stream().map(Mail::subject).toList());
    }

    private static Mail read(MimeMessage message) {
        try {
            return new Mail(Arrays.stream(message.getAllRecipients()).map(Object::toString).toList(), message.getSubject(),
                    String.valueOf(message.getContent()));
        } catch (MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
