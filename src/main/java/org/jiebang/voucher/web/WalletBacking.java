package org.jiebang.voucher.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.jiebang.platform.persistence.OneReading;
import org.jiebang.platform.web.Feedback;
import org.jiebang.voucher.VoucherService;
import org.jiebang.voucher.VoucherService.VoucherView;

/** The firm's voucher wallet (创新券): balances, validity, accepted regions, redemptions, and redeeming. */
@Named
@ViewScoped
public class WalletBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    VoucherService vouchers;

    private List<VoucherView> items;
    private List<VoucherService.ContractChoice> contracts;
    private Map<Long, Long> contractChoice = new HashMap<>();
    private Map<Long, BigDecimal> amounts = new HashMap<>();

    @OneReading
    public void load() {
        items = vouchers.wallet(100);
        contracts = vouchers.payableContracts();
    }

    public void redeem(long voucherId) {
        Long contract = contractChoice.get(voucherId);
        if (Feedback.attempt(() -> vouchers.redeem(voucherId, new VoucherService.RedemptionForm(contract, amounts.get(voucherId),
                null)))) {
            Feedback.info("voucher.requested");
            amounts.remove(voucherId);
            load();
        }
    }

    public List<VoucherView> getItems() {
        return items;
    }

    public List<VoucherService.ContractChoice> getContracts() {
        return contracts;
    }

    public Map<Long, Long> getContractChoice() {
        return contractChoice;
    }

    public Map<Long, BigDecimal> getAmounts() {
        return amounts;
    }
}
