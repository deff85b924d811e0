package org.jiebang.platform.notify;

import java.time.Instant;
import java.util.Date;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Writes and sends one notification e-mail through Jakarta Mail: the Chinese text first, then the
 * English, each with the absolute link to the page concerned, as UTF-8 plain text.
 */
@ApplicationScoped
public class Mailer {

    /** What one e-mail says, and to whom. */
    public record Letter(long notificationId, String to, String name, String textZh, String textEn, String link,
            Instant createdAt) {
    }

    private static final int SUBJECT_LENGTH = 60;

    @Inject
    MailSettings settings;

    Mailer() {
    }

    public Mailer(MailSettings settings) {
        this.settings = settings;
    }

    /** Sends {@code letter}; throws when the server refuses it or cannot be reached. */
    public void send(Letter letter) throws MessagingException {
        Session session = Session.getInstance(settings.sessionProperties(), settings.authenticated()
                ? new Authenticator() {
                    @Override
                    protected PasswordAuthentication getPasswordAuthentication() {
                        return new PasswordAuthentication(settings.user(), settings.password());
                    }
                }
                : null);
        Transport.send(compose(session, letter));
    }

    MimeMessage compose(Session session, Letter letter) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        try {
            message.setFrom(new InternetAddress(settings.from(), "揭榜 Jiebang", "UTF-8"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(letter.to(), letter.name(), "UTF-8"));
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
        message.setSubject("【揭榜】" + shorten(letter.textZh()), "UTF-8");
        message.setSentDate(Date.from(letter.createdAt()));
        message.setHeader("X-Jiebang-Notification", Long.toString(letter.notificationId()));
        message.setHeader("Auto-Submitted", "auto-generated");
        String link = settings.absolute(letter.link());
        String body = letter.name() + "，您好：\n\n" + letter.textZh() + "\n" + link + "\n\n"
                + "—— Hello " + letter.name() + ",\n\n" + letter.textEn() + "\n" + link + "\n\n"
                + "揭榜挂帅 · Jiebang\n" + settings.absolute("/notifications") + "\n";
        message.setText(body, "UTF-8");
        return message;
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() > SUBJECT_LENGTH ? line.substring(0, SUBJECT_LENGTH - 1) + "…" : line;
    }
}
