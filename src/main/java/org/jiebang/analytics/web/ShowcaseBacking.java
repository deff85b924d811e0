package org.jiebang.analytics.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.analytics.ShowcaseService;
import org.jiebang.analytics.ShowcaseService.FirmPage;
import org.jiebang.analytics.ShowcaseService.LabPage;
import org.jiebang.analytics.ShowcaseService.Showcased;
import org.jiebang.platform.error.NotFound;
import org.jiebang.platform.persistence.Page;

/** The results showcase (成果展示): completed challenges, a research organization's page, a firm's page. Public GET pages. */
@Named
@RequestScoped
public class ShowcaseBacking {

    static final int PAGE_SIZE = 10;

    @Inject
    ShowcaseService showcase;

    private Long id;
    private int page;
    private Page<Showcased> completed;
    private LabPage lab;
    private FirmPage firm;

    public void loadCompleted() {
        completed = showcase.completed(Math.max(0, page), PAGE_SIZE);
    }

    public void loadLab() throws IOException {
        try {
            lab = showcase.lab(required());
        } catch (NotFound e) {
            notFound();
        }
    }

    public void loadFirm() throws IOException {
        try {
            firm = showcase.firm(required());
        } catch (NotFound e) {
            notFound();
        }
    }

    private long required() {
        if (id == null) {
            throw new NotFound();
        }
        return id;
    }

    private static void notFound() throws IOException {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "Not Found");
        FacesContext.getCurrentInstance().responseComplete();
    }

    public boolean isLastPage() {
        return (long) (page + 1) * PAGE_SIZE >= completed.total();
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

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
