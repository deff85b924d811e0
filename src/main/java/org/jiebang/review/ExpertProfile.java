package org.jiebang.review;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.JoinFetch;
import org.eclipse.persistence.annotations.JoinFetchType;

/** An expert's entry in the pool (专家库): technology domains (field codes), title, a short record. */
@Entity
@Table(name = "expert_profile")
public class ExpertProfile {

    public static final int TITLE_LENGTH = 100;
    public static final int RECORD_LENGTH = 4000;

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(length = TITLE_LENGTH)
    private String title;

    private String record;

    // read with the profile, in its statement, when profiles are asked for; not when a profile comes
    // along with another entity (a panel's member), whose page shows only the expert's title
    @JoinFetch(JoinFetchType.OUTER)
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "expert_field", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "field_code", length = 32)
    private Set<String> fields = new LinkedHashSet<>();

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ExpertProfile() {
    }

    public ExpertProfile(Long userId) {
        this.userId = userId;
    }

    public void update(Set<String> fields, String title, String record, Instant now) {
        this.fields = new LinkedHashSet<>(fields);
        this.title = title == null || title.isBlank() ? null : title.strip();
        this.record = record == null || record.isBlank() ? null : record.strip();
        this.updatedAt = now;
    }

    public Long getUserId() {
        return userId;
    }

    public String getTitle() {
        return title;
    }

    public String getRecord() {
        return record;
    }

    public Set<String> getFields() {
        return Set.copyOf(fields);
    }
}
