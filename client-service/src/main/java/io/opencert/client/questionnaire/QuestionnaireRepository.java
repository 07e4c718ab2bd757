package io.opencert.client.questionnaire;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class QuestionnaireRepository implements PanacheRepositoryBase<Questionnaire, UUID> {

    /** The questionnaire with all its answers. */
    public Uni<Optional<Questionnaire>> findComplete(UUID id) {
        return find("from Questionnaire q left join fetch q.sites left join fetch q.services left join fetch q.technicalAreas "
                + "left join fetch q.standards left join fetch q.cloudServiceModels "
                + "left join fetch q.cloudDeploymentModels where q.id = ?1", id)
                .list().map(found -> found.stream().findFirst());
    }

    /** Newest first, of one client or all, in one status or any. */
    public PanacheQuery<Questionnaire> search(UUID clientId, Questionnaire.Status status) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (clientId != null) {
            where.append(" and clientId = :clientId");
            parameters.and("clientId", clientId);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        return find(where.toString(), Sort.descending("submittedAt").and("id"), parameters);
    }
}
