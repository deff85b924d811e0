package org.jiebang.opendata.web;

import java.io.IOException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.opendata.TraceService.Trace;
import org.jiebang.opendata.TraceService;
import org.jiebang.platform.error.NotFound;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.platform.web.Feedback;

/** The trace page of a challenge (public; more for its parties and staff). Stateless: a GET page. */
@Named
@RequestScoped
public class TraceBacking {

    @Inject
    TraceService traces;

    private Long id;
    private Trace trace;

    @OneReading

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFound();
            }
            trace = traces.trace(id);
        } catch (NotFound e) {
            Feedback.notFound();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Trace getTrace() {
        return trace;
    }
}
