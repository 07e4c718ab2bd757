package io.opencert.audit.catalogue;

/** The parts of an audit checklist, each drawn from one standard or from the client's previous audits. */
public enum ChecklistSection {
    /** The findings of the client's previous audits that this audit follows up, one item per finding. */
    PREVIOUS_FINDINGS("Follow-up of previous findings"),
    /** Clauses 4 to 10 of ISO/IEC 20000-1:2018. */
    SMS_REQUIREMENTS("ISO/IEC 20000-1:2018 requirements"),
    /** The cloud service scenarios of ISO/IEC TR 20000-9:2015. */
    CLOUD_SCENARIOS("ISO/IEC TR 20000-9:2015 cloud service scenarios");

    private final String title;

    ChecklistSection(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
