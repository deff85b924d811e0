package org.jiebang.platform.notify;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jiebang.platform.change.PrivateRecord;

/** A message to one user in the app (SPEC §12), in both languages, with a link to what it is about. */
@Entity
@PrivateRecord
@Table(name = "notification")
public class Notification implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_id", nullable = false)
    private Long userId;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "subject_id")
    private Long subjectId;

    @Column(name = "text_zh", nullable = false, length = 500)
    private String textZh;

    @Column(name = "text_en", nullable = false, length = 500)
    private String textEn;

    @Column(length = 200)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Column(name = "mail_state", nullable = false, length = 10)
    private String mailState = MailState.NONE.name();

    @Column(name = "mail_attempts", nullable = false)
    private int mailAttempts;

    @Column(name = "mail_due_at")
    private Instant mailDueAt;

    @Column(name = "mailed_at")
    private Instant mailedAt;

    @Column(name = "mail_error", length = 300)
    private String mailError;

    /** Where the e-mail for a notification stands. */
    public enum MailState {
        /** Not to be mailed: mail was not configured when the notification was made. */
        NONE,
        /** To be sent when {@code mail_due_at} has come (again, after a failure or a lost lease). */
        PENDING,
        SENT,
        /** Given up after {@link MailQueue#MAX_ATTEMPTS} attempts, or the user has no address. */
        FAILED
    }

    protected Notification() {
    }

    Notification(Long userId, String kind, Long subjectId, String textZh, String textEn, String link, Instant now,
            boolean mail) {
        this.userId = userId;
        this.kind = kind;
        this.subjectId = subjectId;
        this.textZh = truncate(textZh);
        this.textEn = truncate(textEn);
        this.link = link;
        this.createdAt = now;
        if (mail) {
            this.mailState = MailState.PENDING.name();
            this.mailDueAt = now;
        }
    }

    static String truncate(String text) {
        return text.length() > 500 ? text.substring(0, 499) + "…" : text;
    }

    public Long getId() {
        return id;
    }

    public Long getUserId() {
        return userId;
    }

    public String getKind() {
        return kind;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getTextZh() {
        return textZh;
    }

    public String getTextEn() {
        return textEn;
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isUnread() {
        return readAt == null;
    }

    /** The text in the page's language. */
    public String text(boolean english) {
        return english ? textEn : textZh;
    }

    public MailState getMailState() {
        return MailState.valueOf(mailState);
    }

    public int getMailAttempts() {
        return mailAttempts;
    }

    public Instant getMailDueAt() {
        return mailDueAt;
    }

    public Instant getMailedAt() {
        return mailedAt;
    }

    public String getMailError() {
        return mailError;
    }
}
