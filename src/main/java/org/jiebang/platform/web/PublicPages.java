package org.jiebang.platform.web;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The pages anyone may read (home, hall, detail, award notices, showcase, statistics, trace). An
 * anonymous visitor gets them as stateless views: no view state, no view map, so no HTTP session;
 * that is also what lets {@link PageCache} keep them. The view is marked transient as soon as it
 * is created, because PrimeFaces decides where to keep its CSP nonce before the page is built, and
 * keeps it in the (session-bound) view map of any view that is not transient. The template asks
 * {@link #isStateless()} again, so that building the page does not undo the mark. The error pages
 * (404 for a challenge that is not public, say) are stateless for anonymous visitors too.
 */
@Named
@ApplicationScoped
public class PublicPages implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** View ids of the public pages; each is also served without the {@code .xhtml}. */
    public static final Set<String> VIEWS = Set.of("/index.xhtml", "/challenge/list.xhtml", "/challenge/view.xhtml",
            "/notice/list.xhtml", "/notice/view.xhtml", "/showcase/list.xhtml", "/showcase/lab.xhtml",
            "/showcase/firm.xhtml", "/stats/view.xhtml", "/trace/view.xhtml");

    /** Public pages that keep no state for anyone, logged in or not (they have no forms that post). */
    private static final Set<String> ALWAYS_STATELESS = Set.of("/index.xhtml", "/challenge/list.xhtml",
            "/showcase/list.xhtml", "/showcase/lab.xhtml", "/showcase/firm.xhtml", "/stats/view.xhtml");

    /** For the template's {@code f:view transient}: whether the current view keeps no state. */
    public boolean isStateless() {
        return stateless(FacesContext.getCurrentInstance());
    }

    static boolean stateless(FacesContext faces) {
        UIViewRoot root = faces.getViewRoot();
        if (root == null || root.getViewId() == null) {
            return false;
        }
        String view = root.getViewId();
        if (ALWAYS_STATELESS.contains(view)) {
            return true;
        }
        return (VIEWS.contains(view) || view.startsWith("/WEB-INF/errors/"))
                && ((HttpServletRequest) faces.getExternalContext().getRequest()).getUserPrincipal() == null;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getViewRoot() != null && stateless(faces)) {
            faces.getViewRoot().setTransient(true);
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the view exists only after RESTORE_VIEW
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}
