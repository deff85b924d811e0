package org.jiebang.contract.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.contract.ContractForm;
import org.jiebang.contract.ContractService;
import org.jiebang.contract.ContractType;
import org.jiebang.contract.ContractViews.ContractView;
import org.jiebang.contract.ContractViews.FileView;
import org.jiebang.contract.ContractViews.IndicatorCheckView;
import org.jiebang.contract.ContractViews.MilestoneView;
import org.jiebang.contract.ContractViews.TimelineEntry;
import org.jiebang.contract.Measurement;
import org.jiebang.platform.error.NotFound;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.platform.web.Feedback;

/**
 * The contract page (SPEC §6): its terms and text, signatures, the milestone board for both
 * parties (submit with measured values and evidence; accept or reject), payments, registration
 * by staff, termination, and the timeline.
 */
@Named
@ViewScoped
public class ContractPageBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContractService contracts;

    private Long id;
    private ContractView contract;
    private List<TimelineEntry> timeline;

    // the draft's terms, as edited
    private ContractType type;
    private BigDecimal amount;
    private BigDecimal transactionAmount;
    private LocalDate startDate;
    private LocalDate endDate;
    private String ipClause;
    private List<MilestoneRow> rows = new ArrayList<>();

    // milestone work, per milestone id
    private Map<Long, String> deliverables = new HashMap<>();
    private Map<Long, Map<String, String>> measured = new HashMap<>();
    private Map<Long, List<FileView>> evidence = new HashMap<>();
    private Map<Long, String> comments = new HashMap<>();

    private Long payMilestone;
    private BigDecimal payAmount;
    private String terminationReason;
    private String registrationNumber;

    /** A milestone row of the edit form. */
    public static class MilestoneRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String title;
        private String deliverable;
        private LocalDate dueDate;
        private BigDecimal amount;
        private boolean gate;
        private List<String> indicators = new ArrayList<>();

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getDeliverable() {
            return deliverable;
        }

        public void setDeliverable(String deliverable) {
            this.deliverable = deliverable;
        }

        public LocalDate getDueDate() {
            return dueDate;
        }

        public void setDueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public boolean isGate() {
            return gate;
        }

        public void setGate(boolean gate) {
            this.gate = gate;
        }

        public List<String> getIndicators() {
            return indicators;
        }

        public void setIndicators(List<String> indicators) {
            this.indicators = indicators;
        }
    }

    @OneReading

    public void load() throws IOException {
        try {
            if (id == null) {
                throw new NotFound();
            }
            refresh();
        } catch (NotFound e) {
            Feedback.notFound();
        }
    }

    private void refresh() {
        ContractService.ContractPage page = contracts.page(id);
        contract = page.contract();
        timeline = page.timeline();
        type = contract.type();
        amount = contract.amount();
        transactionAmount = contract.transactionAmount();
        startDate = contract.startDate();
        endDate = contract.endDate();
        ipClause = contract.ipClause();
        rows = new ArrayList<>();
        for (MilestoneView m : contract.milestones()) {
            MilestoneRow row = new MilestoneRow();
            row.title = m.title();
            row.deliverable = m.deliverable();
            row.dueDate = m.dueDate();
            row.amount = m.amount();
            row.gate = m.gate();
            row.indicators = new ArrayList<>(m.indicators());
            rows.add(row);
            Map<String, String> values = measured.computeIfAbsent(m.id(), k -> new LinkedHashMap<>());
            for (IndicatorCheckView check : m.checks()) {
                values.putIfAbsent(check.indicator(), check.measured());
            }
            deliverables.putIfAbsent(m.id(), m.deliverables());
            evidence.computeIfAbsent(m.id(), k -> new ArrayList<>(m.evidence()));
        }
    }

    public void save() {
        List<ContractForm.MilestoneForm> plan = rows.stream().map(r -> new ContractForm.MilestoneForm(r.title, r.deliverable,
                r.dueDate, r.amount, r.gate, r.indicators)).toList();
        if (Feedback.attempt(() -> contracts.update(id, new ContractForm(type, amount, transactionAmount, startDate, endDate,
                ipClause, plan)))) {
            Feedback.info("contract.saved");
            refresh();
        }
    }

    public void sign() {
        if (Feedback.attempt(() -> contracts.sign(id, new ContractService.SignForm(contract.textSha256())))) {
            Feedback.info("contract.signedDone");
            refresh();
        }
    }

    public void register() {
        if (Feedback.attempt(() -> contracts.register(id, new ContractService.RegistrationForm(registrationNumber)))) {
            Feedback.info("contract.registeredDone");
            registrationNumber = null;
            refresh();
        }
    }

    public void terminate() {
        if (Feedback.attempt(() -> contracts.terminate(id, new ContractService.TerminationForm(terminationReason)))) {
            Feedback.info("contract.terminationDone");
            terminationReason = null;
            refresh();
        }
    }

    public void upload(org.primefaces.event.FileUploadEvent event) throws IOException {
        Object attribute = event.getComponent().getAttributes().get("milestone");
        long milestone = attribute instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(attribute));
        org.primefaces.model.file.UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            FileView[] stored = new FileView[1];
            if (Feedback.attempt(() -> stored[0] = contracts.upload(id, in, file.getFileName()))) {
                evidence.computeIfAbsent(milestone, k -> new ArrayList<>()).add(stored[0]);
                Feedback.info("attachment.added", file.getFileName());
            }
        }
    }

    public void removeEvidence(long milestone, long fileId) {
        evidence.getOrDefault(milestone, new ArrayList<>()).removeIf(f -> f.id() == fileId);
    }

    public void submit(long milestone) {
        List<Measurement> values = new ArrayList<>();
        measured.getOrDefault(milestone, Map.of()).forEach((indicator, value) -> values.add(new Measurement(indicator, value)));
        List<Long> files = evidence.getOrDefault(milestone, List.of()).stream().map(FileView::id).toList();
        if (Feedback.attempt(() -> contracts.submit(milestone, new ContractService.SubmissionForm(deliverables.get(milestone),
                files, values)))) {
            Feedback.info("milestone.submittedDone");
            refresh();
        }
    }

    public void decide(long milestone, boolean accepted) {
        if (Feedback.attempt(() -> contracts.decide(milestone, new ContractService.AcceptanceForm(accepted, comments.get(milestone))))) {
            Feedback.info(accepted ? "milestone.acceptedDone" : "milestone.rejectedDone");
            comments.remove(milestone);
            refresh();
        }
    }

    public void pay() {
        if (Feedback.attempt(() -> contracts.pay(id, new ContractService.PaymentForm(payMilestone, payAmount)))) {
            Feedback.info("payment.recorded");
            payAmount = null;
            refresh();
        }
    }

    /** The contractor works on a milestone now. */
    public boolean canSubmit(MilestoneView m) {
        return contract.myParty() == org.jiebang.contract.Party.CONTRACTOR && contract.status() == org.jiebang.contract.ContractStatus.SIGNED
                && m.status().isOpenForSubmission();
    }

    public boolean canDecide(MilestoneView m) {
        return contract.myParty() == org.jiebang.contract.Party.CLIENT && m.status() == org.jiebang.contract.MilestoneStatus.SUBMITTED;
    }

    /** The accepted milestones with something still unpaid, for the payment form. */
    public List<MilestoneView> getPayable() {
        return contract.milestones().stream().filter(m -> m.status() == org.jiebang.contract.MilestoneStatus.ACCEPTED
                && m.paid().compareTo(m.amount()) < 0).toList();
    }

    public boolean isEditable() {
        return contract.myParty() != null && contract.status() == org.jiebang.contract.ContractStatus.DRAFT;
    }

    public boolean isSignable() {
        return isEditable() && contract.signatures().stream().noneMatch(s -> s.party() == contract.myParty());
    }

    public boolean isTerminable() {
        return contract.myParty() != null && contract.status().isLive()
                && !contract.terminationAgreedBy().contains(contract.myParty());
    }

    public ContractType[] getTypes() {
        return ContractType.values();
    }

    public List<String> getIndicatorNames() {
        return contract.indicators().stream().map(org.jiebang.contract.ContractIndicator::getName).toList();
    }

    public BigDecimal getPlannedTotal() {
        return rows.stream().map(MilestoneRow::getAmount).filter(java.util.Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ContractView getContract() {
        return contract;
    }

    public List<TimelineEntry> getTimeline() {
        return timeline;
    }

    public ContractType getType() {
        return type;
    }

    public void setType(ContractType type) {
        this.type = type;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public BigDecimal getTransactionAmount() {
        return transactionAmount;
    }

    public void setTransactionAmount(BigDecimal transactionAmount) {
        this.transactionAmount = transactionAmount;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public String getIpClause() {
        return ipClause;
    }

    public void setIpClause(String ipClause) {
        this.ipClause = ipClause;
    }

    public List<MilestoneRow> getRows() {
        return rows;
    }

    public Map<Long, String> getDeliverables() {
        return deliverables;
    }

    public Map<Long, Map<String, String>> getMeasured() {
        return measured;
    }

    public Map<Long, List<FileView>> getEvidence() {
        return evidence;
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    public Long getPayMilestone() {
        return payMilestone;
    }

    public void setPayMilestone(Long payMilestone) {
        this.payMilestone = payMilestone;
    }

    public BigDecimal getPayAmount() {
        return payAmount;
    }

    public void setPayAmount(BigDecimal payAmount) {
        this.payAmount = payAmount;
    }

    public String getTerminationReason() {
        return terminationReason;
    }

    public void setTerminationReason(String terminationReason) {
        this.terminationReason = terminationReason;
    }

    public String getRegistrationNumber() {
        return registrationNumber;
    }

    public void setRegistrationNumber(String registrationNumber) {
        this.registrationNumber = registrationNumber;
    }
}
