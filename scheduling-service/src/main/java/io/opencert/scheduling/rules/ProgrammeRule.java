package io.opencert.scheduling.rules;

import java.util.Locale;

/**
 * Every rule of the audit programme that refuses a request, by the class that applies it. Its problem type is its
 * name in lower case with hyphens, e.g. {@code stage-1-not-completed}.
 */
public enum ProgrammeRule {
    // TeamRules
    EXACTLY_ONE_LEAD_AUDITOR("Exactly one lead auditor"),
    TEAM_MEMBER_LISTED_TWICE("Team member listed twice"),
    CERTIFICATION_BODY_CONSULTED_CLIENT("Certification body consulted the client"),
    AUDITOR_EXCLUDED("Auditor excluded for impartiality"),
    AUDITOR_NOT_REGISTERED("Auditor not registered"),
    NOT_A_LEAD_AUDITOR("Not qualified to lead audits"),
    AUDITOR_NOT_QUALIFIED("Auditor not qualified for the standard"),
    AUDITOR_ALREADY_BOOKED("Auditor already booked"),
    AUDITOR_UNAVAILABLE("Auditor unavailable"),
    LEAD_AUDITOR_ROTATION("Lead auditor rotation"),
    // SuspensionLifting
    SUSPENSION_ENDS_BEFORE_AUDIT("Suspension ends before the audit"),
    // SurveillanceYears
    CALENDAR_YEAR_WITHOUT_SURVEILLANCE("Calendar year without surveillance"),
    // BookingWindow
    AUDIT_DATE_PASSED("Audit date passed"),
    RECERTIFICATION_TOO_EARLY("Recertification too early"),
    OUTSIDE_DUE_WINDOW("Outside the due window"),
    // ScopeExtension
    PROGRAMME_NOT_CERTIFIED("Programme not certified yet"),
    PROGRAMME_ENDED("Programme ended"),
    CERTIFICATE_SUSPENDED("Certificate suspended"),
    SCOPE_EXTENSION_PENDING("Scope extension already planned"),
    EXTENSION_DROPS_SITE("Extension drops a site"),
    NOTHING_TO_EXTEND("Nothing to extend"),
    EXTENSION_DUE_AFTER_RECERTIFICATION("Extension due after the recertification"),
    // StageOrder
    STAGE_1_NOT_COMPLETED("Stage 1 not completed"),
    CLIENT_NOT_READY_FOR_STAGE_2("Client not ready for stage 2"),
    STAGE_1_TOO_LONG_AGO("Stage 1 too long ago");

    private final String title;

    ProgrammeRule(String title) {
        this.title = title;
    }

    /** The problem type, e.g. {@code stage-1-not-completed}. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String title() {
        return title;
    }
}
