package org.jiebang.contract.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.contract.ContractService;
import org.jiebang.contract.ContractViews.ContractSummary;
import org.jiebang.platform.persistence.OneReading;
import org.jiebang.platform.web.Feedback;

/**
 * The caller's contracts (its organization's; staff: all), and for staff the registration
 * (认定登记) of signed contracts from the list.
 */
@Named
@ViewScoped
public class ContractListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ContractService contracts;

    private Long challenge;
    private List<ContractSummary> items;
    private long total;
    private java.util.Map<Long, String> numbers = new java.util.HashMap<>();

    private ContractService.GateView gate;
    private List<Long> continuing = new java.util.ArrayList<>();
    private String gateReason;

    @OneReading

    public void load() {
        var page = contracts.list(challenge, 0, 100);
        items = page.items();
        total = page.total();
        gate = null;
        if (challenge != null) {
            try {
                gate = contracts.gate(challenge);
            } catch (org.jiebang.platform.error.NotFound | org.jiebang.platform.error.NotAuthenticated notARace) {
                gate = null;
            }
        }
    }

    /** The firm or staff choose the teams that continue past a horse race's gate. */
    public void chooseAtGate() {
        if (Feedback.attempt(() -> contracts.chooseAtGate(challenge, new ContractService.GateForm(continuing, gateReason)))) {
            Feedback.info("gate.chosen");
            load();
        }
    }

    /** The running contracts of the race, to choose from. */
    public List<ContractSummary> getRunning() {
        return items.stream().filter(k -> k.status() == org.jiebang.contract.ContractStatus.SIGNED).toList();
    }

    public ContractService.GateView getGate() {
        return gate;
    }

    public List<Long> getContinuing() {
        return continuing;
    }

    public void setContinuing(List<Long> continuing) {
        this.continuing = continuing;
    }

    public String getGateReason() {
        return gateReason;
    }

    public void setGateReason(String gateReason) {
        this.gateReason = gateReason;
    }

    public void register(long contractId) {
        if (Feedback.attempt(() -> contracts.register(contractId, new ContractService.RegistrationForm(numbers.get(contractId))))) {
            Feedback.info("contract.registeredDone");
            numbers.remove(contractId);
            load();
        }
    }

    public Long getChallenge() {
        return challenge;
    }

    public void setChallenge(Long challenge) {
        this.challenge = challenge;
    }

    public List<ContractSummary> getItems() {
        return items;
    }

    public long getTotal() {
        return total;
    }

    public java.util.Map<Long, String> getNumbers() {
        return numbers;
    }
}
