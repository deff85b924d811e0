package org.jiebang.contract;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A technical indicator as the challenge posted it, with the winning bid's promise: the
 * acceptance criteria of the contract, carried unchanged from posting to acceptance (SPEC §6).
 */
@Embeddable
public class ContractIndicator implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 200)
    private String target;

    @Column(length = 50)
    private String unit;

    @Column(length = 500)
    private String verification;

    @Column(length = 200)
    private String promised;

    protected ContractIndicator() {
    }

    public ContractIndicator(String name, String target, String unit, String verification, String promised) {
        this.name = name;
        this.target = target;
        this.unit = unit;
        this.verification = verification;
        this.promised = promised;
    }

    public String getName() {
        return name;
    }

    public String getTarget() {
        return target;
    }

    public String getUnit() {
        return unit;
    }

    public String getVerification() {
        return verification;
    }

    public String getPromised() {
        return promised;
    }
}
