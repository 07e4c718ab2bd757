package io.opencert.certificate.complaint;

import io.opencert.certificate.complaint.dto.ComplaintSubject;
import io.opencert.certificate.complaint.dto.ComplaintView;
import io.opencert.certificate.rules.ComplaintsAndAppeals.Deadlines;
import io.opencert.certificate.rules.ComplaintsAndAppeals.Matter;
import io.opencert.events.certificate.ComplaintAcknowledgedV1;
import io.opencert.events.certificate.ComplaintClosedV1;
import io.opencert.events.certificate.ComplaintDecidedV1;
import io.opencert.events.certificate.ComplaintInvestigatorAssignedV1;
import io.opencert.events.certificate.ComplaintReceivedV1;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Collection;
import java.util.UUID;

/**
 * A complaint about a certified client or about the body (ISO/IEC 17021-1 9.8), kept exactly as it was filed, with
 * its handling(). The complainant follows it by its tracking token.
 */
@Entity
@Table(name = "complaint")
public class Complaint extends HandledMatter {
    static final String ENTITY = "Complaint";
    private static final String WHAT = "complaint";

    @Column(name = "tracking_token", nullable = false, unique = true)
    private String trackingToken;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ComplaintSubject about;

    /** The certificate of the client complained about, as the complainant named it; empty for the body. */
    @Column(name = "certificate_number")
    private String certificateNumber;

    @Column(name = "client_id")
    private UUID clientId;

    @Column(name = "complainant_name", nullable = false)
    private String complainantName;

    @Column(name = "complainant_email", nullable = false)
    private String complainantEmail;

    @Column(nullable = false)
    private String description;

    /** Staff who filed it on the complainant's behalf; empty when the complainant filed it on the public form. */
    @Column(name = "filed_by")
    private String filedBy;

    @Embedded
    private Handling handling;

    /** A complaint as received; the client is the holder of the certificate named, if any. */
    static Complaint receive(ComplaintSubject about, String certificateNumber, UUID clientId, String complainantName,
                             String complainantEmail, String description, String filedBy, Instant at) {
        Complaint complaint = new Complaint();
        complaint.handling = complaint.beginHandling("C", at);
        complaint.trackingToken = References.trackingToken();
        complaint.about = about;
        complaint.certificateNumber = certificateNumber;
        complaint.clientId = clientId;
        complaint.complainantName = complainantName;
        complaint.complainantEmail = complainantEmail;
        complaint.description = description;
        complaint.filedBy = filedBy;
        return complaint;
    }

    ComplaintReceivedV1 received(Deadlines deadlines) {
        Instant at = handling().receivedAt();
        return new ComplaintReceivedV1(id(), reference(), about.name(), certificateNumber, clientId, complainantName,
                complainantEmail, at, day(deadlines.acknowledgeBy(at)), day(deadlines.decideBy(at)));
    }

    ComplaintAcknowledgedV1 acknowledge(String by, Instant at, Deadlines deadlines) {
        handling().acknowledge(by, at, WHAT);
        return new ComplaintAcknowledgedV1(id(), reference(), complainantName, complainantEmail, by, at,
                day(deadlines.decideBy(handling().receivedAt())));
    }

    /** {@code involved}: who audited the client complained about or decided on its certification. */
    ComplaintInvestigatorAssignedV1 assignInvestigator(String investigator, Collection<String> involved, String by,
                                                       Instant at) {
        handling().assignInvestigator(investigator, Matter.COMPLAINT, involved, by, at, WHAT);
        return new ComplaintInvestigatorAssignedV1(id(), reference(), investigator, by, at);
    }

    ComplaintDecidedV1 decide(boolean upheld, String outcome, String rationale, Collection<String> involved, String by,
                              Instant at) {
        handling().decide(upheld, outcome, rationale, Matter.COMPLAINT, involved, by, at, WHAT);
        return new ComplaintDecidedV1(id(), reference(), complainantName, complainantEmail, upheld, outcome, by, at);
    }

    ComplaintClosedV1 close(String by, Instant at) {
        handling().close(by, at, WHAT);
        return new ComplaintClosedV1(id(), reference(), by, at);
    }

    @Override
    Handling handling() {
        return handling;
    }

    UUID clientId() {
        return clientId;
    }

    ComplaintView view(Deadlines deadlines, Instant now) {
        return new ComplaintView(id(), reference(), about, certificateNumber, clientId, complainantName, complainantEmail,
                description, filedBy, ComplaintService.STATUS_PAGE + trackingToken, handling().view(deadlines, now));
    }
}
