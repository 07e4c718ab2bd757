package io.opencert.client.quotation;

import io.opencert.client.audittime.Calculation;
import io.opencert.client.audittime.Calculation.PlannedAudit;
import io.opencert.client.audittime.Calculation.Reason;
import io.opencert.client.audittime.Calculation.SiteDays;
import io.opencert.client.rules.ClientRule;
import io.opencert.client.rules.TransferredCycle;
import io.opencert.commons.problem.Problem;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.CloudExtension;
import io.opencert.events.model.Standard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a quotation offers of the calculated certification cycle: an applicant the whole cycle; a transfer from
 * another certification body the rest of the transferred cycle, its pre-transfer review in place of stage 1 and
 * stage 2 (IAF MD 2), without the surveillance audits whose windows closed before the transfer
 * ({@link TransferredCycle}); a client holding an ISO/IEC 20000-1 certificate that adds its cloud services only the
 * ISO/IEC TR 20000-9 audit, of its own or with the next surveillance.
 */
enum Offer {
    CYCLE, TRANSFER, CLOUD_EXTENSION;

    /** The offer for these facts; a cloud extension needs TR 20000-9 in the standards and no transfer (409). */
    static Offer of(Set<Standard> standards, boolean transfer, CloudExtension cloudExtension) {
        if (cloudExtension == null) {
            return transfer ? TRANSFER : CYCLE;
        }
        if (!standards.contains(Standard.ISO_IEC_TR_20000_9_2015)) {
            throw refused(ClientRule.CLOUD_EXTENSION_NEEDS_TR_20000_9, "a cloud extension is quoted only when the standards "
                    + "include ISO/IEC TR 20000-9 (together with ISO/IEC 20000-1)");
        }
        if (transfer) {
            // The cloud extension builds on a certificate of ours; a transferred one first has to be taken over.
            throw refused(ClientRule.CLOUD_EXTENSION_WITH_TRANSFER, "a cloud extension is not quoted together with a transfer; "
                    + "quote the transfer first, the cloud extension once the certificate is ours");
        }
        return CLOUD_EXTENSION;
    }

    /**
     * The calculation limited to the audits this offer quotes on {@code today}; {@code cloudExtension} is the cloud
     * choice, if any, {@code transferExpiry} the transferred certificate's expiry date for a transfer.
     */
    Calculation quote(Calculation calculation, CloudExtension cloudExtension, LocalDate transferExpiry,
                      LocalDate today) {
        return switch (this) {
            case CYCLE -> calculation;
            case TRANSFER -> {
                TransferredCycle.requireValid(transferExpiry, today);
                List<PlannedAudit> due = calculation.audits().stream()
                        .filter(audit -> audit.type() != AuditType.STAGE_1 && audit.type() != AuditType.STAGE_2)
                        .filter(audit -> audit.type() != AuditType.SURVEILLANCE
                                || TransferredCycle.stillDue(transferExpiry, audit.number(), today))
                        .toList();
                List<PlannedAudit> closed = calculation.audits().stream()
                        .filter(audit -> audit.type() == AuditType.SURVEILLANCE && !due.contains(audit))
                        .toList();
                String notQuoted = closed.stream().map(audit -> "surveillance " + audit.number())
                        .collect(Collectors.joining(" and "));
                String closedOn = closed.stream().map(audit -> "surveillance " + audit.number() + " was due by "
                                + TransferredCycle.surveillanceDueBy(transferExpiry, audit.number()))
                        .collect(Collectors.joining(", "));
                yield calculation.limitedTo(due, new Reason("transfer", "no stage 1, no stage 2"
                                + (closed.isEmpty() ? "" : ", no " + notQuoted),
                        "the pre-transfer review replaces the initial audit; the transferred certificate's cycle "
                                + "continues with its surveillance audits still due and the recertification (from "
                                + "the expiry " + transferExpiry + ": original decision "
                                + TransferredCycle.originalDecision(transferExpiry) + ", surveillance 1 due by "
                                + TransferredCycle.surveillanceDueBy(transferExpiry, 1) + ", surveillance 2 by "
                                + TransferredCycle.surveillanceDueBy(transferExpiry, 2) + ")"
                                + (closed.isEmpty() ? "" : "; " + closedOn + ", before the transfer on " + today
                                + ": the previous body's")));
            }
            case CLOUD_EXTENSION -> {
                String central = calculation.audits().getFirst().sites().stream().filter(SiteDays::centralFunction)
                        .findFirst().orElseThrow().site();
                BigDecimal days = calculation.cloudExtensionDays();
                yield calculation.limitedTo(List.of(new PlannedAudit(AuditType.CLOUD_EXTENSION, 1, days,
                                List.of(new SiteDays(central, true, days)))),
                        new Reason("cloud extension audit", days.toPlainString(), "the only audit: "
                                + "ISO/IEC TR 20000-9 for a client holding an ISO/IEC 20000-1 certificate, "
                                + inWords(cloudExtension) + ", at the central function"));
            }
        };
    }

    /** The cloud choice as the quotation states it. */
    static String inWords(CloudExtension cloudExtension) {
        return switch (cloudExtension) {
            case WITH_SURVEILLANCE -> "with the next surveillance audit";
            case OWN_AUDIT -> "in an audit of its own";
        };
    }

    private static RuleViolation refused(ClientRule rule, String message) {
        return new RuleViolation(rule, message,
                List.of(new Problem.Violation("cloudExtension", message)));
    }
}
