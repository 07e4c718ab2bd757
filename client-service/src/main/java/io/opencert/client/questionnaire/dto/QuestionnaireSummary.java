package io.opencert.client.questionnaire.dto;

import io.opencert.client.questionnaire.Questionnaire;

import java.time.Instant;
import java.util.UUID;

/** A line of the questionnaire list. */
public record QuestionnaireSummary(UUID id, UUID clientId, Questionnaire.Status status, String scope,
                                   Instant submittedAt, Instant reviewedAt) {

    public static QuestionnaireSummary of(Questionnaire q) {
        return new QuestionnaireSummary(q.id, q.clientId, q.status, q.scope, q.submittedAt, q.reviewedAt);
    }
}
