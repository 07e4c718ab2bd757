package io.opencert.certificate.complaint;

import io.opencert.certificate.certificate.CertificateQueries;
import io.opencert.certificate.complaint.HandlingRecords.Filter;
import io.opencert.certificate.complaint.dto.ComplaintStatus;
import io.opencert.certificate.complaint.dto.ComplaintSubject;
import io.opencert.certificate.complaint.dto.ComplaintView;
import io.opencert.certificate.complaint.dto.HandlingDecision;
import io.opencert.certificate.complaint.dto.HandlingView;
import io.opencert.certificate.complaint.dto.NewComplaint;
import io.opencert.certificate.decision.Involvement;
import io.opencert.certificate.rules.ComplaintsAndAppeals.Deadlines;
import io.opencert.certificate.rules.HandlingStatus;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.problem.InvalidInput;
import io.opencert.commons.problem.NotFoundProblem;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Complaints (ISO/IEC 17021-1 9.8): filed by anyone, or by staff on someone's behalf; acknowledged, investigated and
 * decided by people not involved in their subject, within the body's deadlines; every step an event for the notifier.
 */
@ApplicationScoped
public class ComplaintService {
    /** Where the complainant follows the complaint, below the register. */
    public static final String STATUS_PAGE = "/register/complaints/";

    private final CertificateQueries certificates;
    private final Involvement involvement;
    private final HandlingRecords records;
    private final Deadlines deadlines;
    private final Clock clock;

    ComplaintService(CertificateQueries certificates, Involvement involvement, HandlingRecords records,
                     HandlingTerms terms, Clock clock) {
        this.certificates = certificates;
        this.involvement = involvement;
        this.records = records;
        this.deadlines = terms.complaints();
        this.clock = clock;
    }

    /**
     * Receives the complaint as sent; {@code filedBy} is the staff member who files it for the complainant, null when
     * the complainant files it. A complaint about a certified client names a certificate of the register.
     */
    @WithTransaction
    public Uni<ComplaintView> file(NewComplaint filed, String filedBy) {
        return holderOf(filed).flatMap(clientId -> {
            Instant now = clock.instant();
            Complaint complaint = Complaint.receive(filed.about(), filed.certificateNumber(), clientId,
                    filed.complainantName(), filed.complainantEmail(), filed.description(), filedBy, now);
            return complaint.persist()
                    .chain(() -> records.record(Complaint.ENTITY, complaint.id(), filedBy == null ? "public" : filedBy,
                            "received", "complaint " + complaint.reference() + " about " + filed.about()
                                    + (clientId == null ? "" : " (certificate " + filed.certificateNumber() + ")"),
                            complaint.received(deadlines)))
                    .replaceWith(() -> complaint.view(deadlines, now));
        });
    }

    private Uni<UUID> holderOf(NewComplaint filed) {
        boolean aboutClient = filed.about() == ComplaintSubject.CERTIFIED_CLIENT;
        if (aboutClient != (filed.certificateNumber() != null && !filed.certificateNumber().isBlank())) {
            return Uni.createFrom().failure(new InvalidInput("certificateNumber", aboutClient
                    ? "a complaint about a certified client names its certificate number"
                    : "a complaint about the certification body names no certificate"));
        }
        if (!aboutClient) {
            return Uni.createFrom().nullItem();
        }
        return certificates.byNumber(filed.certificateNumber()).map(certificate -> {
            if (certificate == null) {
                throw new InvalidInput("certificateNumber", "no certificate of the register has this number");
            }
            return certificate.clientId();
        });
    }

    @WithSession
    public Uni<Page<ComplaintView>> list(HandlingStatus status, Boolean overdue, PageRequest page) {
        Instant now = clock.instant();
        Filter filter = Filter.of(Map.of(), status, overdue, deadlines, now);
        return Page.of(Complaint.find(filter.query(), Sort.ascending("handling.receivedAt").and("id"),
                filter.parameters()), page, (Complaint complaint) -> complaint.view(deadlines, now));
    }

    @WithSession
    public Uni<ComplaintView> get(UUID id) {
        return find(id).map(view());
    }

    /** What the holder of the tracking token sees; 404 for a token nobody was given. */
    @WithSession
    public Uni<ComplaintStatus> track(String token) {
        return Complaint.<Complaint>find("trackingToken", token).firstResult()
                .onItem().ifNull().failWith(() -> new NotFoundProblem("No complaint has this tracking token."))
                .map(view()).map(ComplaintService::asSeenByComplainant);
    }

    @WithTransaction
    public Uni<ComplaintView> acknowledge(UUID id, String by) {
        return find(id).call(complaint -> records.record(Complaint.ENTITY, id, by, "acknowledged",
                        "acknowledged to the complainant", complaint.acknowledge(by, clock.instant(), deadlines)))
                .map(view());
    }

    /** Refused when the investigator audited the client complained about or decided on its certification. */
    @WithTransaction
    public Uni<ComplaintView> assignInvestigator(UUID id, String investigator, String by) {
        return find(id).call(complaint -> involved(complaint).flatMap(involved -> records.record(Complaint.ENTITY, id,
                        by, "investigator-assigned", investigator + " investigates",
                        complaint.assignInvestigator(investigator, involved, by, clock.instant()))))
                .map(view());
    }

    /** Refused when the decider is involved in the subject, or investigated the complaint. */
    @WithTransaction
    public Uni<ComplaintView> decide(UUID id, HandlingDecision decision, String by) {
        return find(id).call(complaint -> involved(complaint).flatMap(involved -> records.record(Complaint.ENTITY, id,
                        by, "decided", (decision.upheld() ? "upheld: " : "not upheld: ") + decision.rationale(),
                        complaint.decide(decision.upheld(), decision.outcome(), decision.rationale(), involved, by,
                                clock.instant()))))
                .map(view());
    }

    @WithTransaction
    public Uni<ComplaintView> close(UUID id, String by) {
        return find(id).call(complaint -> records.record(Complaint.ENTITY, id, by, "closed", "handling ended",
                        complaint.close(by, clock.instant())))
                .map(view());
    }

    private static ComplaintStatus asSeenByComplainant(ComplaintView complaint) {
        HandlingView handling = complaint.handling();
        return new ComplaintStatus(complaint.reference(), handling.status(), handling.receivedAt(),
                handling.acknowledgedAt(), handling.decideBy(), handling.upheld(), handling.outcome(),
                handling.decidedAt());
    }

    private Uni<Set<String>> involved(Complaint complaint) {
        return complaint.clientId() == null ? Uni.createFrom().item(Collections.emptySet())
                : involvement.inClient(complaint.clientId());
    }

    private Function<Complaint, ComplaintView> view() {
        Instant now = clock.instant();
        return complaint -> complaint.view(deadlines, now);
    }

    private static Uni<Complaint> find(UUID id) {
        return Complaint.<Complaint>findById(id)
                .onItem().ifNull().failWith(() -> new NotFoundProblem("Complaint " + id + " not found."));
    }
}
