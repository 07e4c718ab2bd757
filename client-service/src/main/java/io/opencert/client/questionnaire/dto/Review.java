package io.opencert.client.questionnaire.dto;

import io.opencert.client.questionnaire.Questionnaire;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.Set;

/**
 * The certification body's review: REVIEWED, or RETURNED with a note saying what to complete or correct; a transfer
 * is REVIEWED only with the pre-transfer review (the open nonconformities, the certificate's status and scope), with
 * how many of the open nonconformities are major ({@code openMajorNonconformities}, no more than the client gave).
 * {@code technicalAreas}: the technical areas of the scope as staff confirm them, replacing the client's proposal;
 * null confirms the proposal as it is.
 */
public record Review(@NotNull Questionnaire.Status outcome, @Size(max = 2000) String note,
                     @Size(max = 4000) String preTransferReview, @PositiveOrZero Integer openMajorNonconformities,
                     @Size(max = 20)
                     Set<@NotNull @Size(max = 50) @Pattern(regexp = QuestionnaireAnswers.TECHNICAL_AREA) String>
                     technicalAreas) {
}
