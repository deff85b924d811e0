package org.jiebang.outcome;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.jiebang.account.AccountService;
import org.jiebang.account.Role;
import org.jiebang.account.User;
import org.jiebang.contract.Contract;
import org.jiebang.contract.ContractService;
import org.jiebang.contract.ContractStatus;
import org.jiebang.contract.Party;
import org.jiebang.platform.audit.AuditLog;
import org.jiebang.platform.clock.ClusterClock;
import org.jiebang.platform.config.Clocks;
import org.jiebang.platform.error.Forbidden;
import org.jiebang.platform.error.InvalidInput;
import org.jiebang.platform.error.NotAuthenticated;
import org.jiebang.platform.error.NotFound;
import org.jiebang.platform.error.WrongState;
import org.jiebang.platform.i18n.Wording;
import org.jiebang.platform.notify.Notifications;
import org.jiebang.platform.security.Caller;

/**
 * Outcomes of contracts (成果, SPEC §8): the contractor records them on a signed or closed contract;
 * the client firm or staff confirm or decline each, once. Who reads them: whoever reads the
 * contract (404 otherwise).
 */
@ApplicationScoped
@Transactional
public class OutcomeService {

    @PersistenceContext
    EntityManager em;

    @Inject
    ContractService contracts;

    @Inject
    AccountService accounts;

    @Inject
    Caller caller;

    @Inject
    AuditLog audit;

    @Inject
    Notifications notifications;

    @Inject
    ClusterClock cluster;

    /** An outcome as the API and pages show it. */
    public record OutcomeView(long id, long contractId, OutcomeType type, String title, LocalDate date, String evidence,
            String applicationNumber, PatentStatus patentStatus, java.math.BigDecimal amount, Boolean confirmed,
            String confirmationComment, Instant confirmedAt, Instant recordedAt) implements Serializable {
        static OutcomeView of(Outcome o) {
            return new OutcomeView(o.getId(), o.getContractId(), o.getType(), o.getTitle(), o.getDate(), o.getEvidence(),
                    o.getApplicationNumber(), o.getPatentStatus(), o.getAmount(), o.getConfirmed(), o.getConfirmationComment(),
                    o.getConfirmedAt(), o.getCreatedAt());
        }
    }

    /** {@code {"confirmed", "comment"}} */
    public record ConfirmationForm(Boolean confirmed, String comment) {
    }

    /** The outcomes of a contract the caller may read, oldest first. */
    @Transactional(TxType.SUPPORTS)
    public List<OutcomeView> list(long contractId) {
        contracts.forReading(contractId);
        return em.createQuery("SELECT o FROM Outcome o WHERE o.contractId = :c ORDER BY o.date, o.id", Outcome.class)
                .setParameter("c", contractId).getResultStream().map(OutcomeView::of).toList();
    }

    /** The contractor records an outcome of a signed or closed contract; the firm is told. */
    public OutcomeView record(long contractId, OutcomeForm form) {
        Contract contract = contracts.forReading(contractId);
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        if (contracts.partyOfCaller(contract) != Party.CONTRACTOR || !caller.hasRole(Role.RESEARCHER.name())) {
            throw new Forbidden("The contractor's researchers record the outcomes of its contract.");
        }
        if (contract.getStatus() != ContractStatus.SIGNED && contract.getStatus() != ContractStatus.CLOSED) {
            throw new WrongState("contract", contract.getStatus(), "given outcomes");
        }
        if (form == null) {
            throw InvalidInput.rule("type", "required", "an outcome is required");
        }
        Outcome outcome = new Outcome(contractId, contract.getChallengeId(), form, me.getId(), contract.getStartDate(),
                LocalDate.ofInstant(cluster.now(), Clocks.DISPLAY_ZONE));
        em.persist(outcome);
        em.flush();
        contracts.note(contractId, "OUTCOME_RECORDED", null, me.getId(), outcome.getAmount(), outcome.getTitle());
        audit.record("OUTCOME_RECORDED", "Contract", contractId, null, Map.of("outcomeId", outcome.getId(),
                "type", outcome.getType().name()));
        accounts.notifyMembers(List.of(contract.getClientOrganizationId()), false, "OUTCOME_RECORDED", contractId,
                Wording.of("notify.OUTCOME_RECORDED", outcome.getTitle()), "/outcome/list?contract=" + contractId);
        return OutcomeView.of(outcome);
    }

    /** The client firm or staff confirm or decline an outcome, once; the contractor is told. */
    public OutcomeView confirm(long outcomeId, ConfirmationForm form) {
        Outcome found = em.find(Outcome.class, outcomeId);
        if (found == null) {
            throw new NotFound();
        }
        Contract contract = contracts.forReading(found.getContractId());
        User me = accounts.currentUser().orElseThrow(NotAuthenticated::new);
        Party party = contracts.partyOfCaller(contract);
        boolean firm = party == Party.CLIENT && caller.hasRole(Role.ENTERPRISE.name());
        if (party == Party.CONTRACTOR || !firm && !caller.hasRole(Role.STAFF_NAME)) {
            throw new Forbidden("The client firm or staff confirm outcomes, never the contractor itself.");
        }
        if (form == null || form.confirmed() == null) {
            throw InvalidInput.rule("confirmed", "decisionRequired", "true or false is required");
        }
        Outcome outcome = em.find(Outcome.class, outcomeId, LockModeType.PESSIMISTIC_WRITE);
        outcome.confirm(form.confirmed(), form.comment(), me.getId(), cluster.now());
        em.flush();
        contracts.note(contract.getId(), form.confirmed() ? "OUTCOME_CONFIRMED" : "OUTCOME_DECLINED", null, me.getId(), null,
                outcome.getTitle());
        audit.record(form.confirmed() ? "OUTCOME_CONFIRMED" : "OUTCOME_DECLINED", "Contract", contract.getId(), null,
                Map.of("outcomeId", outcomeId));
        accounts.notifyMembers(List.of(contract.getContractorOrganizationId()), false, form.confirmed() ? "OUTCOME_CONFIRMED"
                : "OUTCOME_DECLINED", contract.getId(), Wording.of(form.confirmed() ? "notify.OUTCOME_CONFIRMED"
                        : "notify.OUTCOME_DECLINED", outcome.getTitle(), outcome.getConfirmationComment() == null ? ""
                                : outcome.getConfirmationComment()), "/outcome/list?contract=" + contract.getId());
        return OutcomeView.of(outcome);
    }

}
