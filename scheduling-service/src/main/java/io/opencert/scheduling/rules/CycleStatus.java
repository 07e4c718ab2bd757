package io.opencert.scheduling.rules;

/**
 * Where a programme's certification cycle stands, as the certificate events tell scheduling. Several cycles maintain
 * one certificate (a renewal keeps it): only the live one follows its suspension, reinstatement, withdrawal or expiry.
 */
public enum CycleStatus {
    /** Stage audits or the transfer review still to be decided; no certificate yet. */
    AWAITING_CERTIFICATE,
    CERTIFIED,
    SUSPENDED,
    /** The recertification decision opened the next cycle, which maintains the certificate from then on. */
    RENEWED,
    WITHDRAWN,
    EXPIRED;

    /** An active or suspended certificate: the one a holder may have of a standard. */
    public boolean live() {
        return this == CERTIFIED || this == SUSPENDED;
    }

    public CycleStatus suspended() {
        return this == CERTIFIED ? SUSPENDED : this;
    }

    public CycleStatus reinstated() {
        return this == SUSPENDED ? CERTIFIED : this;
    }

    public CycleStatus withdrawn() {
        return live() ? WITHDRAWN : this;
    }

    public CycleStatus expired() {
        return live() ? EXPIRED : this;
    }
}
