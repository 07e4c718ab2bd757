package io.opencert.client.questionnaire;

import io.opencert.client.client.ClientSite;
import io.opencert.client.client.CloudDeploymentModel;
import io.opencert.client.client.CloudServiceModel;
import io.opencert.client.client.TransferCertificate;
import io.opencert.client.rules.ClientRule;
import io.opencert.client.rules.PreTransferReview;
import io.opencert.commons.problem.InvalidInput;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.events.model.Standard;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The application questionnaire: what a client tells the certification body about the organisation to certify. */
@Entity
public class Questionnaire {
    public enum Status {
        /** Filled in, waiting for the certification body's review. */
        SUBMITTED,
        /** Sent back to the client with a note saying what to complete or correct. */
        RETURNED,
        /** Checked by the certification body: quotations may be calculated from it. */
        REVIEWED
    }

    public enum ServiceComplexity { LOW, NORMAL, HIGH }

    public enum IntegratedSystem { NONE, ISO_IEC_27001, ISO_9001, ISO_IEC_27001_AND_ISO_9001 }

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public String scope;

    @ElementCollection
    @CollectionTable(name = "questionnaire_service", joinColumns = @JoinColumn(name = "questionnaire_id"))
    @Column(name = "service")
    public Set<String> services = new HashSet<>();

    /**
     * Codes of the technical areas of the scope: as the client proposed them, then as staff confirmed them at the
     * review.
     */
    @ElementCollection
    @CollectionTable(name = "questionnaire_technical_area", joinColumns = @JoinColumn(name = "questionnaire_id"))
    @Column(name = "area")
    public Set<String> technicalAreas = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "questionnaire_site", joinColumns = @JoinColumn(name = "questionnaire_id"))
    @OrderColumn(name = "position")
    public List<ClientSite> sites = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "questionnaire_standard", joinColumns = @JoinColumn(name = "questionnaire_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "standard")
    public Set<Standard> standards = EnumSet.noneOf(Standard.class);

    @ElementCollection
    @CollectionTable(name = "questionnaire_cloud_service_model", joinColumns = @JoinColumn(name = "questionnaire_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "model")
    public Set<CloudServiceModel> cloudServiceModels = EnumSet.noneOf(CloudServiceModel.class);

    @ElementCollection
    @CollectionTable(name = "questionnaire_cloud_deployment_model",
            joinColumns = @JoinColumn(name = "questionnaire_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "model")
    public Set<CloudDeploymentModel> cloudDeploymentModels = EnumSet.noneOf(CloudDeploymentModel.class);

    @Enumerated(EnumType.STRING)
    @Column(name = "service_complexity", nullable = false)
    public ServiceComplexity serviceComplexity;

    /** Service providers and suppliers involved in delivering the services in scope. */
    @Column(nullable = false)
    public int suppliers;

    @Column(name = "outsourced_processes")
    public String outsourcedProcesses;

    @Enumerated(EnumType.STRING)
    @Column(name = "integrated_system", nullable = false)
    public IntegratedSystem integratedSystem;

    /** Transfer from another certification body: its certificate, for the pre-transfer review; empty otherwise. */
    @Embedded
    public TransferCertificate transfer;

    /** What the certification body found in the pre-transfer review, e.g. of the open nonconformities. */
    @Column(name = "pre_transfer_review")
    public String preTransferReview;

    /** How many of the transferred certificate's open nonconformities the pre-transfer review found major. */
    @Column(name = "pre_transfer_open_majors")
    public Integer preTransferOpenMajors;

    @Column(name = "submitted_at", nullable = false)
    public Instant submittedAt;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    @Column(name = "reviewed_at")
    public Instant reviewedAt;

    @Column(name = "reviewed_by")
    public String reviewedBy;

    @Column(name = "review_note")
    public String reviewNote;

    @Version
    public int version;

    public int persons() {
        return sites.stream().mapToInt(site -> site.persons).sum();
    }

    /** Answers can change until the certification body has reviewed them; a change submits them again. */
    public void requireOpenForAnswers() {
        if (status == Status.REVIEWED) {
            throw new RuleViolation(ClientRule.QUESTIONNAIRE_REVIEWED,
                    "The questionnaire has been reviewed; fill in a new questionnaire to change the facts.");
        }
    }

    /**
     * Only a submitted questionnaire is reviewed: it becomes REVIEWED (a transfer only with the pre-transfer review),
     * or RETURNED to the client with a note.
     */
    public void review(Status outcome, String note, String preTransfer, Integer openMajors, String by, Instant at) {
        if (status != Status.SUBMITTED) {
            throw new RuleViolation(ClientRule.QUESTIONNAIRE_NOT_SUBMITTED,
                    "The questionnaire is " + status + "; only a submitted questionnaire is reviewed.");
        }
        if (outcome == Status.REVIEWED && transfer != null && preTransfer == null) {
            throw new InvalidInput("preTransferReview", "a transfer is reviewed only with the pre-transfer review of "
                    + "its open nonconformities and the certificate's status and scope");
        }
        if (outcome == Status.REVIEWED && transfer != null) {
            PreTransferReview.requireMajorsAmongOpen(openMajors, transfer.openNonconformities);
        }
        status = outcome;
        reviewNote = note;
        preTransferReview = preTransfer;
        preTransferOpenMajors = transfer == null ? null : openMajors;
        reviewedBy = by;
        reviewedAt = at;
    }

    /** Staff confirm the technical areas of the scope at the review, correcting the client's proposal. */
    public void confirmTechnicalAreas(Set<String> confirmed) {
        technicalAreas.clear();
        technicalAreas.addAll(confirmed);
    }

    public void requireReviewed() {
        if (status != Status.REVIEWED) {
            throw new RuleViolation(ClientRule.QUESTIONNAIRE_NOT_REVIEWED,
                    "The questionnaire is " + status + "; a quotation is calculated only from a reviewed questionnaire.");
        }
    }
}
