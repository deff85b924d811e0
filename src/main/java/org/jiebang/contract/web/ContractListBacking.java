package org.jiebang.contract.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.contract.ContractService;
import org.jiebang.contract.ContractViews.ContractSummary;
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

    public void load() {
        var page = contracts.list(challenge, 0, 100);
        items = page.items();
        total = page.total();
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
