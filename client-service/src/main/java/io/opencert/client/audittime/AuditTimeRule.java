package io.opencert.client.audittime;

import io.opencert.client.rules.ClientRule;

/** A calculation refused because its input breaks a rule of audit time; {@code rule} names it, {@code field} the input. */
public class AuditTimeRule extends IllegalArgumentException {
    private final ClientRule rule;
    private final String field;

    public AuditTimeRule(ClientRule rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    public ClientRule rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
