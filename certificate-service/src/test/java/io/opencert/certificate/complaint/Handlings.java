package io.opencert.certificate.complaint;

import io.opencert.certificate.complaint.dto.AppealView;
import io.opencert.certificate.complaint.dto.ComplaintSubject;
import io.opencert.certificate.complaint.dto.ComplaintView;
import io.opencert.certificate.complaint.dto.HandlingDecision;
import io.opencert.certificate.complaint.dto.NewAppeal;
import io.opencert.certificate.complaint.dto.NewComplaint;
import io.opencert.certificate.decision.DecisionService;
import io.opencert.certificate.decision.dto.DecisionView;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Map;
import java.util.UUID;

import static io.opencert.certificate.Certification.onVertx;
import static io.restassured.RestAssured.given;

/**
 * Takes the steps of complaints and appeals straight through the services, as the people a test does not log in as:
 * "office" files, acknowledges and assigns.
 */
@ApplicationScoped
public class Handlings {
    public static final String COMPLAINANT_EMAIL = "maria.beispiel@example.org";

    @Inject
    ComplaintService complaints;

    @Inject
    AppealService appeals;

    @Inject
    DecisionService decisions;

    /** A complaint by Maria Beispiel about the holder of the certificate, or about the body (number null). */
    public ComplaintView file(String certificateNumber) {
        return onVertx(() -> complaints.file(new NewComplaint("Maria Beispiel", COMPLAINANT_EMAIL,
                certificateNumber == null ? ComplaintSubject.CERTIFICATION_BODY : ComplaintSubject.CERTIFIED_CLIENT,
                certificateNumber, "The certified service desk does not answer incidents."), "office"));
    }

    /** The complaint acknowledged by "office", and under investigation by {@code investigator}. */
    public ComplaintView investigated(ComplaintView complaint, String investigator) {
        onVertx(() -> complaints.acknowledge(complaint.id(), "office"));
        return onVertx(() -> complaints.assignInvestigator(complaint.id(), investigator, "office"));
    }

    /** An appeal lodged by "office" for the client against the decision. */
    public AppealView lodge(UUID decisionId) {
        return onVertx(() -> appeals.lodge(new NewAppeal(decisionId, "Jonas Nordlicht", "jonas@nordlicht.example",
                "The auditors misread our change records."), "office", client -> true));
    }

    /** The appeal acknowledged by "office", and under investigation by {@code investigator}. */
    public AppealView investigated(AppealView appeal, String investigator) {
        onVertx(() -> appeals.acknowledge(appeal.id(), "office"));
        return onVertx(() -> appeals.assignInvestigator(appeal.id(), investigator, "office"));
    }

    /** The decision refused by "decider". */
    public DecisionView refused(DecisionView decision) {
        return onVertx(() -> decisions.refuse(decision.id(), "decider", "The evidence does not support the grant.",
                null));
    }

    /** A step posted by the test's user to {@code path} (with "{id}"), with the JSON body, if any. */
    public static ValidatableResponse post(String path, Object id, Map<String, ?> body) {
        RequestSpecification request = given();
        if (body != null) {
            request.contentType(ContentType.JSON).body(body);
        }
        return request.when().post(path, id).then();
    }

    public static HandlingDecision upheld(String outcome) {
        return new HandlingDecision(true, outcome, "The investigation confirmed the facts.");
    }
}
