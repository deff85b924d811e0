package org.jiebang.platform.notify;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message to one user in the app (SPEC §12), in both languages, with a link to what it is about. */
@Entity
@Table(name = "notification")
public class Notification {

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

    protected Notification() {
    }

    Notification(Long userId, String kind, Long subjectId, String textZh, String textEn, String link, Instant now) {
        this.userId = userId;
        this.kind = kind;
        this.subjectId = subjectId;
        this.textZh = truncate(textZh);
        this.textEn = truncate(textEn);
        this.link = link;
        this.createdAt = now;
    }

    private static String truncate(String text) {
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
}
