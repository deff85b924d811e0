package org.jiebang.review.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.inject.Inject;

import org.jiebang.platform.error.NotFound;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.platform.persistence.Page;
import org.jiebang.platform.web.Feedback;
import org.jiebang.review.AwardService.NoticeSummary;
import org.jiebang.review.AwardService.NoticeView;
import org.jiebang.review.AwardService;

/**
 * The public notices (揭榜公示): the list, one notice, and a bidder's objection form. Shared by
 * {@link NoticeBacking} (view-scoped, a logged-in user's notice page with its objection form) and
 * {@link PublicNotice} (request-scoped: the list, and an anonymous visitor's notice page).
 */
public abstract class NoticePage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    protected AwardService awards;

    private Long id;
    private NoticeView notice;
    private Page<NoticeSummary> list;
    private Long objectionBid;
    private String objectionReason;

    public void loadList() {
        list = awards.notices(0, 50);
    }

    @OneReading

    public void load() throws IOException {
        try {
            if (getId() == null) {
                throw new NotFound();
            }
            notice = awards.notice(id);
        } catch (NotFound e) {
            Feedback.notFound();
        }
    }

    public void object() throws IOException {
        if (Feedback.attempt(() -> awards.object(getId(), new AwardService.ObjectionForm(objectionBid, objectionReason)))) {
            Feedback.info("notice.objected");
            objectionReason = null;
            load();
        }
    }

    /** The bids an objection may name: the winning ones, then the others. */
    public List<Long> getObjectableBids() {
        return awards.objectableBids(getId());
    }

    /** From the view parameter, or on a postback from the page address the form posts to. */
    public Long getId() {
        if (id == null) {
            id = Feedback.longParameter("id");
        }
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public NoticeView getNotice() {
        if (notice == null && getId() != null) {
            notice = awards.notice(id);
        }
        return notice;
    }

    public Page<NoticeSummary> getList() {
        return list;
    }

    public Long getObjectionBid() {
        return objectionBid;
    }

    public void setObjectionBid(Long objectionBid) {
        this.objectionBid = objectionBid;
    }

    public String getObjectionReason() {
        return objectionReason;
    }

    public void setObjectionReason(String objectionReason) {
        this.objectionReason = objectionReason;
    }
}
