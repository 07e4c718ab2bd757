package io.opencert.certificate.rules;

import io.opencert.commons.problem.Rule;
import io.opencert.commons.problem.RuleText;

/**
 * Every rule of certification decisions, certificates and licences that refuses a request; listed with its source
 * and tests in the rules catalogue, {@code docs/rules/certificate-service.md}.
 */
public enum CertificationRule implements Rule {
    // DecisionRules
    OPEN_MAJOR_NONCONFORMITY("Major nonconformity still open", "ISO/IEC 17021-1 9.5.3.1"),
    MINOR_NONCONFORMITY_PLAN_NOT_ACCEPTED("Minor nonconformity's plan not accepted", "ISO/IEC 17021-1 9.5.3.1"),
    DECISION_MAKER_ON_AUDIT_TEAM("Decision-maker was on an audit team of the cycle", "ISO/IEC 17021-1 9.5.1.2"),
    DECISION_MAKER_NOT_IMPARTIAL("Decision-maker is listed in the impartiality register", "ISO/IEC 17021-1 5.2.10"),
    DECISION_NOT_OPEN("Decision already made", "Workflow"),
    STAGE_2_MAJOR_NOT_VERIFIED_IN_TIME("Stage 2 major nonconformity not verified in time", "ISO/IEC 17021-1 9.5.3.2"),
    // ChangeDecisions, AdministrativeReissue
    CHANGE_DECISION_PENDING("A change of this certificate waits for its decision", "ISO/IEC 17021-1 9.5.1"),
    CHANGE_NEEDS_DECISION("This change is a certification decision", "ISO/IEC 17021-1 9.6.5"),
    SCOPE_CHANGE_NEEDS_DECISION("A change of scope is a certification decision", "ISO/IEC 17021-1 9.6.4.1"),
    SITE_CHANGE_NEEDS_DECISION("A change of the certified sites is a certification decision",
            "ISO/IEC 17021-1 9.6.4.1"),
    // ScopeExtension
    EXTENSION_NOT_RECOMMENDED("The audit did not recommend the extension", "ISO/IEC 17021-1 9.6.4.1"),
    EXTENSION_DROPS_SITE("A scope extension keeps every certified site", "ISO/IEC 17021-1 9.6.4.1"),
    // CertificateLifecycle
    SUSPEND_ONLY_ACTIVE("Only an active certificate can be suspended", "ISO/IEC 17021-1 9.6.5"),
    REINSTATE_ONLY_SUSPENDED("Only a suspended certificate can be reinstated", "ISO/IEC 17021-1 9.6.5"),
    WITHDRAW_ONLY_ACTIVE_OR_SUSPENDED("Only an active or suspended certificate can be withdrawn",
            "ISO/IEC 17021-1 9.6.5"),
    REDUCE_SCOPE_ONLY_ACTIVE_OR_SUSPENDED("Only an active or suspended certificate can be reduced in scope",
            "ISO/IEC 17021-1 9.6.5"),
    EXTEND_SCOPE_ONLY_ACTIVE("Only an active certificate can be extended in scope", "ISO/IEC 17021-1 9.6.4.1"),
    EXPIRE_ONLY_ACTIVE_OR_SUSPENDED("Only an active or suspended certificate can expire", "ISO/IEC 17021-1 8.2.2"),
    EXPIRE_NOT_BEFORE_EXPIRY_DATE("The certificate is still within its validity", "ISO/IEC 17021-1 8.2.2"),
    CERTIFICATE_EXPIRED("The certificate has passed its expiry date", "ISO/IEC 17021-1 8.2.2"),
    RENEW_NOT_WHILE_SUSPENDED("A suspended certificate cannot be renewed", "ISO/IEC 17021-1 9.6.5"),
    RENEW_NOT_WITHDRAWN("A withdrawn certificate cannot be renewed", "ISO/IEC 17021-1 9.6.5"),
    RESTORE_WINDOW_PASSED("Too late to restore the certificate", "ISO/IEC 17021-1 9.6.3.2.5"),
    REISSUE_ONLY_ACTIVE("Only an active certificate can be reissued", "ISO/IEC 17021-1 8.2"),
    NO_CURRENT_CERTIFICATE("No certificate to continue or renew", "Workflow"),
    // OneLiveCertificate, CertifiableEdition, CloudCertification
    ONE_LIVE_CERTIFICATE("The holder already has a live certificate of this standard", "Scheme"),
    EDITION_WITHDRAWN("Edition no longer certifiable", "Scheme: transition of ISO/IEC 20000-1:2011 to :2018"),
    CLOUD_NEEDS_VALID_BASE_CERTIFICATE("No valid ISO/IEC 20000-1 certificate", "ISO/IEC TR 20000-9"),
    // CertificateTransfer
    TRANSFERRED_CERTIFICATE_EXPIRED("Transferred certificate no longer valid", "IAF MD 2"),
    ALREADY_CERTIFIED_HERE("Already certified here", "IAF MD 2"),
    TRANSFER_OPEN_MAJOR_NONCONFORMITY("Major nonconformity of the transferred certificate open", "IAF MD 2"),
    DECISION_MAKER_REVIEWED_TRANSFER("Decision-maker did the pre-transfer review", "IAF MD 2"),
    // ComplaintsAndAppeals
    HANDLER_INVOLVED_IN_COMPLAINT("Person involved in the subject of the complaint", "ISO/IEC 17021-1 9.8.6"),
    HANDLER_INVOLVED_IN_APPEAL("Person involved in the appealed decision", "ISO/IEC 17021-1 9.7.2, 9.7.4"),
    DECIDER_INVESTIGATED("The investigator cannot also decide", "ISO/IEC 17021-1 9.7.4, 9.8.6"),
    HANDLING_STEP_OUT_OF_ORDER("Step not possible at this stage of the handling", "Workflow"),
    APPEAL_PERIOD_PASSED("Too late to appeal this decision", "Scheme: appeals procedure"),
    DECISION_NOT_APPEALABLE("Only a refusal or a suspension can be appealed", "ISO/IEC 17021-1 9.7"),
    DECISION_ALREADY_APPEALED("This decision was appealed already", "ISO/IEC 17021-1 9.7"),
    // LicenceTermsService
    LICENCE_TERMS_EFFECTIVE_AFTER_LATEST("Terms must take effect after the latest", "Workflow");

    private final RuleText text;

    CertificationRule(String title, String source) {
        this.text = new RuleText(title, source);
    }

    @Override
    public RuleText text() {
        return text;
    }
}
