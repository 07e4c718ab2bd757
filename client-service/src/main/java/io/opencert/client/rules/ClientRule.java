package io.opencert.client.rules;

import io.opencert.commons.problem.Rule;
import io.opencert.commons.problem.RuleText;

/**
 * Every rule of onboarding, audit time, quotation and contract that refuses a request; listed with its source and
 * tests in the rules catalogue, {@code docs/rules/client-service.md}.
 */
public enum ClientRule implements Rule {
    DUPLICATE_REGISTRATION("Client already registered", "Workflow"),
    QUESTIONNAIRE_REVIEWED("Questionnaire reviewed", "Workflow"),
    QUESTIONNAIRE_NOT_SUBMITTED("Questionnaire not submitted", "Workflow"),
    QUESTIONNAIRE_NOT_REVIEWED("Questionnaire not reviewed", "ISO/IEC 17021-1 9.1.2"),
    CERTIFICATION_BODY_CONSULTED_CLIENT("Certification body consulted the client", "ISO/IEC 17021-1 5.2.7"),
    // audit time
    SITES_REQUIRED("Audit time refused", "ISO/IEC 20000-6 9.1.4"),
    ONE_CENTRAL_FUNCTION("Audit time refused", "IAF MD 1"),
    PERSONS_REQUIRED("Audit time refused", "IAF MD 5"),
    SITE_NAMES_UNIQUE("Audit time refused", "Workflow"),
    STANDARDS_REQUIRED("Audit time refused", "ISO/IEC 17021-1 9.1.2"),
    ADJUSTMENT_INCOMPLETE("Audit time refused", "IAF MD 5"),
    ADJUSTMENT_OUT_OF_RANGE("Audit time refused", "IAF MD 5"),
    ADJUSTMENT_JUSTIFICATION_REQUIRED("Audit time refused", "IAF MD 5"),
    ADJUSTMENT_FACTOR_REPEATED("Audit time refused", "IAF MD 5"),
    INTEGRATED_SYSTEM_REDUCTION_CAP("Audit time refused", "IAF MD 11"),
    AUDIT_TIME_REDUCTION_CAP("Audit time refused", "IAF MD 5, ISO/IEC 20000-6 9.1.4"),
    CLOUD_EXTENSION_NEEDS_20000_1("Audit time refused", "ISO/IEC TR 20000-9"),
    // quotation and contract
    CLOUD_EXTENSION_NEEDS_TR_20000_9("Quotation refused", "ISO/IEC TR 20000-9"),
    CLOUD_EXTENSION_WITH_TRANSFER("Quotation refused", "Scheme"),
    CLOUD_EXTENSION_NEEDS_ACTIVE_CERTIFICATE("No active ISO/IEC 20000-1 certificate to extend", "ISO/IEC TR 20000-9"),
    EDITION_WITHDRAWN("Edition no longer certifiable", "Scheme: transition of ISO/IEC 20000-1:2011 to :2018"),
    ALREADY_CERTIFIED("The client is certified here already", "ISO/IEC 17021-1 9.6.3"),
    TRANSFERRED_CERTIFICATE_EXPIRED("Transferred certificate expired", "IAF MD 2"),
    TRANSFER_QUOTATION_OUTDATED("Transfer quotation outdated", "IAF MD 2"),
    QUOTATION_NOT_DRAFT("Quotation not a draft", "Workflow"),
    QUOTATION_SUPERSEDED("Quotation superseded", "Workflow"),
    QUOTATION_EXPIRED("Quotation expired", "Workflow"),
    QUOTATION_NOT_ISSUED("Quotation not open for acceptance", "Workflow"),
    TARIFF_EXISTS("Tariff exists", "Workflow");

    private final RuleText text;

    ClientRule(String title, String source) {
        this.text = new RuleText(title, source);
    }

    @Override
    public RuleText text() {
        return text;
    }
}
