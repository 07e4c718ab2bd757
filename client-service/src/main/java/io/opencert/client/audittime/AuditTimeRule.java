package io.opencert.client.audittime;

/** A calculation refused because its input breaks a rule of audit time; {@code rule} names it, {@code field} the input. */
public class AuditTimeRule extends IllegalArgumentException {
    private final String rule;
    private final String field;

    public AuditTimeRule(String rule, String field, String message) {
        super(message);
        this.rule = rule;
        this.field = field;
    }

    public String rule() {
        return rule;
    }

    public String field() {
        return field;
    }
}
