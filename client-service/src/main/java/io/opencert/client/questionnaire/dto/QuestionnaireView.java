package io.opencert.client.questionnaire.dto;

import io.opencert.client.client.CloudDeploymentModel;
import io.opencert.client.client.CloudServiceModel;
import io.opencert.client.client.dto.SiteView;
import io.opencert.client.client.dto.TransferView;
import io.opencert.client.questionnaire.Questionnaire;
import io.opencert.events.model.Standard;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A questionnaire with its answers and review; {@code technicalAreas} as the client proposed them or, once reviewed,
 * as staff confirmed them; {@code version} is its ETag for If-Match.
 */
public record QuestionnaireView(UUID id, UUID clientId, Questionnaire.Status status, int persons,
                                List<SiteView> sites, List<String> services, String scope,
                                List<String> technicalAreas, List<Standard> standards,
                                List<CloudServiceModel> cloudServiceModels,
                                List<CloudDeploymentModel> cloudDeploymentModels,
                                Questionnaire.ServiceComplexity serviceComplexity, int suppliers,
                                String outsourcedProcesses, Questionnaire.IntegratedSystem integratedSystem,
                                TransferView transfer, Instant submittedAt, String submittedBy, Instant reviewedAt,
                                String reviewedBy, String reviewNote, String preTransferReview,
                                Integer preTransferOpenMajorNonconformities, int version) {

    public static QuestionnaireView of(Questionnaire q) {
        return new QuestionnaireView(q.id, q.clientId, q.status, q.persons(), q.sites.stream().map(SiteView::of).toList(),
                q.services.stream().sorted().toList(), q.scope, q.technicalAreas.stream().sorted().toList(),
                q.standards.stream().sorted().toList(),
                q.cloudServiceModels.stream().sorted().toList(), q.cloudDeploymentModels.stream().sorted().toList(),
                q.serviceComplexity, q.suppliers, q.outsourcedProcesses, q.integratedSystem, TransferView.of(q.transfer),
                q.submittedAt,
                q.submittedBy, q.reviewedAt, q.reviewedBy, q.reviewNote, q.preTransferReview, q.preTransferOpenMajors,
                q.version);
    }

    /** As a client user sees it: without the body's own review of the previous body's certificate. */
    public QuestionnaireView forClientUser() {
        return new QuestionnaireView(id, clientId, status, persons, sites, services, scope, technicalAreas, standards,
                cloudServiceModels, cloudDeploymentModels, serviceComplexity, suppliers, outsourcedProcesses,
                integratedSystem, transfer, submittedAt, submittedBy, reviewedAt, reviewedBy, reviewNote, null, null,
                version);
    }
}
