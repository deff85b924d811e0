package org.jiebang.bid.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.bid.BidService;
import org.jiebang.bid.BidSummary;
import org.jiebang.platform.web.LazyPages;
import org.primefaces.model.LazyDataModel;

/** "My bids" and the organization's bids: lazy tables paged in the database. */
@Named
@ViewScoped
public class BidListsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BidService bids;

    private final LazyDataModel<BidSummary> mine = LazyPages.of((page, size) -> bids.mine(page, size), BidSummary::id);
    private final LazyDataModel<BidSummary> organization = LazyPages.of((page, size) -> bids.organizations(page, size),
            BidSummary::id);

    public LazyDataModel<BidSummary> getMine() {
        return mine;
    }

    public LazyDataModel<BidSummary> getOrganization() {
        return organization;
    }
}
