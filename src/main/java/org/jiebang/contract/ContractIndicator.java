package org.jiebang.contract;

import java.io.Serializable;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;

/**
 * A technical indicator as the challenge posted it, with the winning bid's promise: the
 * acceptance criteria of the contract, carried unchanged from posting to acceptance (SPEC §6).
 */
public class ContractIndicator implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;

    private final String target;

    private final String unit;

    private final String verification;

    private final String promised;

    @JsonbCreator
    public ContractIndicator(@JsonbProperty("name") String name, @JsonbProperty("target") String target,
            @JsonbProperty("unit") String unit, @JsonbProperty("verification") String verification,
            @JsonbProperty("promised") String promised) {
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
