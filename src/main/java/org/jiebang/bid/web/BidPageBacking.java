package org.jiebang.bid.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.bid.BidReceipt;
import org.jiebang.bid.BidService;
import org.jiebang.bid.BidView;
import org.jiebang.platform.error.NotFound;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.platform.web.Feedback;

/** A bid and its receipt, for whoever may see it (404 for everyone the seal excludes). */
@Named
@ViewScoped
public class BidPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BidService bids;

    private Long id;
    private BidView bid;
    private boolean team;
    private List<BidReceipt> receipts = List.of();
    private String currentSha256;

    @OneReading

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFound();
            }
            bid = bids.get(id);
            team = bids.isTeam(id);
            if (team) {
                receipts = bids.receipts(id);
                currentSha256 = bids.currentSha256(id);
            }
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

    public BidView getBid() {
        return bid;
    }

    public boolean isTeam() {
        return team;
    }

    public List<BidReceipt> getReceipts() {
        return receipts;
    }

    /** Whether the content still hashes to the latest receipt. */
    public boolean isUnchanged() {
        return bid.receipt() != null && bid.receipt().sha256().equals(currentSha256);
    }
}
