package org.jiebang.analytics.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.analytics.ShowcaseService.FirmPage;
import org.jiebang.analytics.ShowcaseService.LabPage;
import org.jiebang.analytics.ShowcaseService.Showcased;
import org.jiebang.analytics.ShowcaseService;
import org.jiebang.platform.error.NotFound;
import org.jiebang.platform.persistence.Page;
import org.jiebang.platform.web.Feedback;

/** The results showcase (成果展示): completed challenges, a research organization's page, a firm's page. Public GET pages. */
@Named
@RequestScoped
public class ShowcaseBacking {

    static final int PAGE_SIZE = 10;

    @Inject
    ShowcaseService showcase;

    private String id;
    private String page;
    private Page<Showcased> completed;
    private LabPage lab;
    private FirmPage firm;

    public void loadCompleted() {
        completed = showcase.completed(getPageNumber(), PAGE_SIZE);
    }

    public void loadLab() throws IOException {
        try {
            lab = showcase.lab(required());
        } catch (NotFound e) {
            Feedback.notFound();
        }
    }

    public void loadFirm() throws IOException {
        try {
            firm = showcase.firm(required());
        } catch (NotFound e) {
            Feedback.notFound();
        }
    }

    /** The organization named by the URL; 404 for anything that is no id. */
    private long required() {
        try {
            return Long.parseLong(id == null ? "" : id.strip());
        } catch (NumberFormatException e) {
            throw new NotFound();
        }
    }

    /** The page asked for: from 0; anything else (a word, a number out of range) is the first. */
    public int getPageNumber() {
        try {
            return Math.max(0, Math.min(100_000, Integer.parseInt(page == null ? "0" : page.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }


    public boolean isLastPage() {
        return completed == null || (getPageNumber() + 1L) * PAGE_SIZE >= completed.total();
    }

    public Page<Showcased> getCompleted() {
        return completed;
    }

    public LabPage getLab() {
        return lab;
    }

    public FirmPage getFirm() {
        return firm;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
