package org.jiebang.outcome.web;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.contract.Contract;
import org.jiebang.contract.ContractService;
import org.jiebang.contract.Party;
import org.jiebang.outcome.OutcomeForm;
import org.jiebang.outcome.OutcomeService.OutcomeView;
import org.jiebang.outcome.OutcomeService;
import org.jiebang.outcome.OutcomeType;
import org.jiebang.outcome.PatentStatus;
import org.jiebang.platform.error.NotFound;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.platform.web.Feedback;

/** A contract's outcomes (成果): the contractor records them, the firm or staff confirm them. */
@Named
@ViewScoped
public class OutcomeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OutcomeService outcomes;

    @Inject
    ContractService contracts;

    private Long contract;
    private Party party;
    private String status;
    private List<OutcomeView> items;

    private OutcomeType type = OutcomeType.PATENT;
    private String title;
    private LocalDate date;
    private String evidence;
    private String applicationNumber;
    private PatentStatus patentStatus;
    private BigDecimal amount;
    private Map<Long, String> comments = new HashMap<>();

    @OneReading

    public void load() throws IOException {
        try {
            if (contract == null) {
                throw new NotFound();
            }
            Contract c = contracts.forReading(contract);
            party = contracts.partyOfCaller(c);
            status = c.getStatus().name();
            items = outcomes.list(contract);
        } catch (NotFound e) {
            Feedback.notFound();
        }
    }

    public void record() throws IOException {
        if (Feedback.attempt(() -> outcomes.record(contract, new OutcomeForm(type, title, date, evidence, applicationNumber,
                patentStatus, amount)))) {
            Feedback.info("outcome.recorded");
            title = null;
            evidence = null;
            applicationNumber = null;
            amount = null;
            load();
        }
    }

    public void confirm(long outcome, boolean yes) throws IOException {
        if (Feedback.attempt(() -> outcomes.confirm(outcome, new OutcomeService.ConfirmationForm(yes, comments.get(outcome))))) {
            Feedback.info(yes ? "outcome.confirmedDone" : "outcome.declinedDone");
            load();
        }
    }

    public boolean isContractor() {
        return party == Party.CONTRACTOR && ("SIGNED".equals(status) || "CLOSED".equals(status));
    }

    public boolean isConfirmer() {
        return party == Party.CLIENT || FacesContext.getCurrentInstance().getExternalContext().isUserInRole("STAFF");
    }

    public OutcomeType[] getTypes() {
        return OutcomeType.values();
    }

    public PatentStatus[] getPatentStatuses() {
        return PatentStatus.values();
    }

    public Long getContract() {
        return contract;
    }

    public void setContract(Long contract) {
        this.contract = contract;
    }

    public List<OutcomeView> getItems() {
        return items;
    }

    public OutcomeType getType() {
        return type;
    }

    public void setType(OutcomeType type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public String getApplicationNumber() {
        return applicationNumber;
    }

    public void setApplicationNumber(String applicationNumber) {
        this.applicationNumber = applicationNumber;
    }

    public PatentStatus getPatentStatus() {
        return patentStatus;
    }

    public void setPatentStatus(PatentStatus patentStatus) {
        this.patentStatus = patentStatus;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Map<Long, String> getComments() {
        return comments;
    }
}
