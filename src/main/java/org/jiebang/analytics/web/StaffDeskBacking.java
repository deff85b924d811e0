package org.jiebang.analytics.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.analytics.StaffDesk;

/** The staff dashboard's queue: what waits for staff, with links to where it is done. */
@Named
@RequestScoped
public class StaffDeskBacking {

    @Inject
    StaffDesk desk;

    private StaffDesk.Queue queue;

    public StaffDesk.Queue getQueue() {
        if (queue == null) {
            queue = desk.queue();
        }
        return queue;
    }
}
