package io.opencert.certificate.rules;

import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.model.Standard;
import io.opencert.events.model.TransferredCertificate;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * A certificate of another accredited body taken over here (IAF MD 2): only a valid one is transferred, on
 * a pre-transfer review instead of an audit, and the certification cycle continues: our certificate keeps its expiry.
 */
public final class CertificateTransfer {
    /** The ISO/IEC 20000-1 edition a transfer contract is about; empty when it names none. */
    public static Optional<Standard> standardOf(Collection<Standard> contractStandards) {
        return contractStandards.stream().filter(CloudCertification::isBase).findFirst();
    }

    /**
     * Throws the rule's violation unless the transferred certificate is still valid after the decision date. On its
     * last day it is valid, but a certificate issued then would lapse at once (and the cycle's recertification is
     * overdue): the client needs a recertification audit instead.
     */
    public static void requireValid(TransferredCertificate transferred, LocalDate decisionDate) {
        if (!transferred.expiryDate().isAfter(decisionDate)) {
            throw new RuleViolation(CertificationRule.TRANSFERRED_CERTIFICATE_EXPIRED,
                    "IAF MD 2: only valid certificates are transferred. Certificate " + transferred.certificateNumber()
                            + " of " + transferred.issuingBody() + " is valid until " + transferred.expiryDate()
                            + "; on " + decisionDate + " nothing of its cycle is left to continue.");
        }
    }

    /**
     * Throws the rule's violation when the holder has an active or suspended certificate of the standard here already:
     * a transfer would certify the same management system twice.
     */
    public static void requireNotCertifiedHere(boolean holdsLiveCertificate, Standard standard,
                                               TransferredCertificate transferred) {
        if (holdsLiveCertificate) {
            throw new RuleViolation(CertificationRule.ALREADY_CERTIFIED_HERE,
                    "The holder has an active or suspended " + standard.title() + " certificate of this body; "
                            + "certificate " + transferred.certificateNumber() + " of " + transferred.issuingBody()
                            + " is not transferred as a second one. Refuse the transfer.");
        }
    }

    /**
     * Throws the rule's violation while the pre-transfer review found major nonconformities of the transferred
     * certificate open (IAF MD 2: they are closed before the transfer). Not known (an older contract): no block.
     */
    public static void requireNoOpenMajor(TransferredCertificate transferred) {
        Integer openMajors = transferred.openMajorNonconformities();
        if (openMajors != null && openMajors > 0) {
            throw new RuleViolation(CertificationRule.TRANSFER_OPEN_MAJOR_NONCONFORMITY,
                    "IAF MD 2: a certificate with an open major nonconformity is not transferred. The pre-transfer "
                            + "review found " + openMajors + " major nonconformity(ies) of certificate "
                            + transferred.certificateNumber() + " of " + transferred.issuingBody() + " open; they are "
                            + "closed by the previous body, or reviewed again, before the transfer.");
        }
    }

    /**
     * Any step of a transfer decision (grant, refusal, request for information) is taken by someone other than who did
     * the pre-transfer review (IAF MD 2 with ISO/IEC 17021-1, 9.5.1.2). Reviewer not known (an older contract): no
     * check.
     */
    public static void requireNotReviewer(String decisionMaker, TransferredCertificate transferred) {
        String reviewer = transferred.reviewedBy();
        if (reviewer != null && reviewer.equalsIgnoreCase(decisionMaker)) {
            throw new RuleViolation(CertificationRule.DECISION_MAKER_REVIEWED_TRANSFER,
                    "IAF MD 2: the transfer decision is not taken by the person who did the pre-transfer review. "
                            + decisionMaker + " reviewed certificate " + transferred.certificateNumber() + " of "
                            + transferred.issuingBody() + "; another decision-maker has to decide.");
        }
    }

    /** Our certificate continues the transferred certificate's cycle: it expires when that one would have. */
    public static LocalDate expiryDate(TransferredCertificate transferred) {
        return transferred.expiryDate();
    }

    private CertificateTransfer() {
    }
}
