package org.jiebang.bid;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** 挂帅人: the named leader of a bid, with title and track record. */
@Embeddable
public class Principal implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NAME_LENGTH = 100;
    public static final int TITLE_LENGTH = 100;
    public static final int RECORD_LENGTH = 5000;

    @NotBlank(groups = BidForm.Complete.class)
    @Size(max = NAME_LENGTH)
    @Column(name = "principal_name", length = NAME_LENGTH)
    private String name;

    @NotBlank(groups = BidForm.Complete.class)
    @Size(max = TITLE_LENGTH)
    @Column(name = "principal_title", length = TITLE_LENGTH)
    private String title;

    @NotBlank(groups = BidForm.Complete.class)
    @Size(max = RECORD_LENGTH)
    @Column(name = "principal_record")
    private String record;

    public Principal() {
    }

    public Principal(String name, String title, String record) {
        this.name = name;
        this.title = title;
        this.record = record;
    }

    Principal copy() {
        return new Principal(name, title, record);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = Texts.strip(name);
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = Texts.strip(title);
    }

    public String getRecord() {
        return record;
    }

    public void setRecord(String record) {
        this.record = Texts.strip(record);
    }
}
