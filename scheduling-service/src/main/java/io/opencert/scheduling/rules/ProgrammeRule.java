package io.opencert.scheduling.rules;

import io.opencert.commons.problem.Rule;
import io.opencert.commons.problem.RuleText;

/**
 * Every rule of the audit programme and the auditor register that refuses a request, by the class that applies it;
 * listed with its source and tests in the rules catalogue, {@code docs/rules/scheduling-service.md}.
 */
public enum ProgrammeRule implements Rule {
    // TeamRules
    EXACTLY_ONE_LEAD_AUDITOR("Exactly one lead auditor", "ISO/IEC 17021-1 9.2.2.1"),
    TEAM_MEMBER_LISTED_TWICE("Team member listed twice", "Workflow"),
    CERTIFICATION_BODY_CONSULTED_CLIENT("Certification body consulted the client", "ISO/IEC 17021-1 5.2.7"),
    AUDITOR_EXCLUDED("Auditor excluded for impartiality", "ISO/IEC 17021-1 5.2.10"),
    AUDITOR_NOT_REGISTERED("Auditor not registered", "ISO/IEC 17021-1 7.2"),
    NOT_A_LEAD_AUDITOR("Not qualified to lead audits", "ISO/IEC 20000-6 7.1"),
    AUDITOR_NOT_QUALIFIED("Auditor not qualified for the standard", "ISO/IEC 17021-1 9.2.2.1"),
    AUDITOR_ALREADY_BOOKED("Auditor already booked", "Workflow"),
    AUDITOR_UNAVAILABLE("Auditor unavailable", "Workflow"),
    AUDITOR_HAS_LEFT("Auditor has left the certification body", "ISO/IEC 17021-1 7.2"),
    LEAD_AUDITOR_ROTATION("Lead auditor rotation", "Scheme: familiarity threat, ISO/IEC 17021-1 5.2"),
    NO_TEAM_AVAILABLE("No team available", "ISO/IEC 17021-1 9.2.2.1"),
    // Competence
    LEAD_QUALIFICATION_MISSING("No valid lead-auditor qualification for the standard",
            "ISO/IEC 17021-1 7.2.4, ISO/IEC 20000-6 7.1"),
    TECHNICAL_AREAS_NOT_COVERED("Technical areas not covered", "ISO/IEC 17021-1 9.2.2.1, ISO/IEC 20000-6 7.1"),
    // TechnicalAreaService
    TECHNICAL_AREA_ALREADY_CATALOGUED("Technical area already in the catalogue", "Workflow"),
    TECHNICAL_AREA_IN_USE("Technical area in use", "ISO/IEC 17021-1 7.1.2"),
    TECHNICAL_AREA_NOT_OFFERED("Technical area unknown or retired", "ISO/IEC 17021-1 7.1.2"),
    // AuditorService
    AUDITOR_ALREADY_REGISTERED("Auditor already registered", "Workflow"),
    // Auditor, AuditorDeparture
    AUDITOR_ALREADY_LEFT("Auditor has left already", "Workflow"),
    // FormerAuditorsFilter
    FORMER_AUDITOR(403, "Former auditor", "ISO/IEC 17021-1 8.4"),
    AUDITOR_STILL_BOOKED("Auditor still booked after leaving", "ISO/IEC 17021-1 9.1.3"),
    // SuspensionLifting
    SUSPENSION_ENDS_BEFORE_AUDIT("Suspension ends before the audit", "ISO/IEC 17021-1 9.6.5"),
    // SurveillanceYears
    CALENDAR_YEAR_WITHOUT_SURVEILLANCE("Calendar year without surveillance", "ISO/IEC 17021-1 9.1.3"),
    // BookingWindow
    AUDIT_DATE_PASSED("Audit date passed", "Workflow"),
    RECERTIFICATION_TOO_EARLY("Recertification too early", "ISO/IEC 17021-1 9.6.3"),
    OUTSIDE_DUE_WINDOW("Outside the due window", "ISO/IEC 17021-1 9.1.3"),
    // ProgrammeService
    AUDIT_NOT_PLANNED("Audit not open for booking", "Workflow"),
    AUDIT_NOT_BOOKED("Audit not booked", "Workflow"),
    // ScopeExtension
    PROGRAMME_NOT_CERTIFIED("Programme not certified yet", "ISO/IEC 17021-1 9.6.4.1"),
    PROGRAMME_ENDED("Programme ended", "ISO/IEC 17021-1 9.6.4.1"),
    CERTIFICATE_SUSPENDED("Certificate suspended", "ISO/IEC 17021-1 9.6.5"),
    SCOPE_EXTENSION_PENDING("Scope extension already planned", "ISO/IEC 17021-1 9.6.4.1"),
    EXTENSION_DROPS_SITE("Extension drops a site", "ISO/IEC 17021-1 9.6.4.1"),
    NOTHING_TO_EXTEND("Nothing to extend", "ISO/IEC 17021-1 9.6.4.1"),
    EXTENSION_DUE_AFTER_RECERTIFICATION("Extension due after the recertification", "ISO/IEC 17021-1 9.6.4.1"),
    // StageOrder
    STAGE_1_NOT_COMPLETED("Stage 1 not completed", "ISO/IEC 17021-1 9.3.1.2"),
    CLIENT_NOT_READY_FOR_STAGE_2("Client not ready for stage 2", "ISO/IEC 17021-1 9.3.1.2"),
    STAGE_1_TOO_LONG_AGO("Stage 1 too long ago", "ISO/IEC 17021-1 9.3.1.2"),
    // SpecialAudit
    SPECIAL_AUDIT_DUE_AFTER_RECERTIFICATION("Special audit due after the recertification", "ISO/IEC 17021-1 9.1.3"),
    NOT_AN_INITIAL_CERTIFICATION("Not an initial certification", "ISO/IEC 17021-1 9.3.1"),
    STAGE_1_STILL_DUE("Stage 1 still due", "ISO/IEC 17021-1 9.3.1.2"),
    STAGE_2_ALREADY_HELD("Stage 2 already held", "ISO/IEC 17021-1 9.3.1.3"),
    STAGE_2_NOT_HELD("Stage 2 not held", "ISO/IEC 17021-1 9.5.3.2"),
    STAGE_2_STILL_DUE("Stage 2 still due", "ISO/IEC 17021-1 9.5.3.2"),
    STAGE_1_ALREADY_COMPLETED("Stage 1 already completed", "ISO/IEC 17021-1 9.3.1"),
    PRE_ASSESSMENT_ALREADY_PLANNED("Pre-assessment already planned", "Scheme: impartiality, ISO/IEC 17021-1 5.2.5"),
    // SiteSampling
    AUDIT_NOT_SAMPLED("Audit not sampled", "IAF MD 1, ISO/IEC 17021-1 9.1.5"),
    SITE_NOT_COVERED("Site not covered", "IAF MD 1, ISO/IEC 17021-1 9.1.5"),
    SAMPLE_TOO_SMALL("Sample too small", "IAF MD 1");

    private final RuleText text;

    ProgrammeRule(String title, String source) {
        this.text = new RuleText(title, source);
    }

    ProgrammeRule(int status, String title, String source) {
        this.text = new RuleText(status, title, source);
    }

    @Override
    public RuleText text() {
        return text;
    }
}
