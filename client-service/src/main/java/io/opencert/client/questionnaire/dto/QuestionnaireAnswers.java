package io.opencert.client.questionnaire.dto;

import io.opencert.client.client.CloudDeploymentModel;
import io.opencert.client.client.CloudServiceModel;
import io.opencert.client.client.dto.ClientRegistration;
import io.opencert.client.questionnaire.Questionnaire.IntegratedSystem;
import io.opencert.client.questionnaire.Questionnaire.ServiceComplexity;
import io.opencert.commons.text.SingleLine;
import io.opencert.events.model.Standard;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The answers of an application questionnaire: persons in total and per site (one site the central function), the
 * services in scope and the scope statement, the standards applied for (with the cloud service and deployment models
 * for TR 20000-9), the facts behind audit time adjustments, a transfer from another certification body, and the
 * technical areas of the scope the client proposes (codes of the certification body's catalogue).
 */
public record QuestionnaireAnswers(
        @NotNull UUID clientId,
        @Min(1) int persons,
        @NotEmpty @Size(max = 500) List<@NotNull @Valid SiteAnswer> sites,
        @NotEmpty @Size(max = 100) Set<@NotBlank @Size(max = 200) @SingleLine String> services,
        @NotBlank @Size(max = 2000) String scope,
        @NotEmpty Set<@NotNull Standard> standards,
        Set<@NotNull CloudServiceModel> cloudServiceModels,
        Set<@NotNull CloudDeploymentModel> cloudDeploymentModels,
        @NotNull ServiceComplexity serviceComplexity,
        @Min(0) @Max(10_000) int suppliers,
        @Size(max = 2000) String outsourcedProcesses,
        @NotNull IntegratedSystem integratedSystem,
        @Valid Transfer transfer,
        @Size(max = 20) Set<@NotNull @Size(max = 50) @Pattern(regexp = TECHNICAL_AREA) String> technicalAreas) {

    /** A code of the certification body's catalogue of technical areas, e.g. IT-HOSTING. */
    public static final String TECHNICAL_AREA = "[A-Z0-9][A-Z0-9-]{1,49}";

    public record SiteAnswer(
            @NotBlank @Size(max = 200) @SingleLine String name,
            @NotBlank @Size(max = 100) @SingleLine String city,
            @NotNull @Pattern(regexp = ClientRegistration.COUNTRY, message = ClientRegistration.COUNTRY_MESSAGE)
            String country,
            boolean centralFunction,
            @Min(1) int persons) {
    }

    /**
     * The certificate held from another certification body, for the pre-transfer review: only a valid, not
     * suspended certificate of an accredited body is transferred.
     */
    public record Transfer(
            @NotBlank @Size(max = 100) @SingleLine String certificateNumber,
            @NotBlank @Size(max = 200) @SingleLine String body,
            @NotNull LocalDate expiry,
            @NotNull @Min(0) @Max(1000) Integer openNonconformities,
            @NotNull Boolean accredited,
            @NotNull Boolean suspended) {
    }

    /** The technical areas the client proposes for its scope; staff confirm them at the review. */
    public Set<String> technicalAreas() {
        return technicalAreas == null ? Set.of() : technicalAreas;
    }

    public Set<CloudServiceModel> cloudServiceModels() {
        return cloudServiceModels == null ? Set.of() : cloudServiceModels;
    }

    public Set<CloudDeploymentModel> cloudDeploymentModels() {
        return cloudDeploymentModels == null ? Set.of() : cloudDeploymentModels;
    }
}
