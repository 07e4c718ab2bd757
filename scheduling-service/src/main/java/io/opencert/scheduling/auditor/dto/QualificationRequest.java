package io.opencert.scheduling.auditor.dto;

import io.opencert.commons.text.SingleLine;
import io.opencert.events.model.Standard;
import io.opencert.scheduling.rules.Competence.QualifiedRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * A qualification the certification body grants an auditor: for a standard, a role and technical areas (codes of
 * the catalogue; none for a qualification to lead that brings no technical area), with where its evidence is kept.
 *
 * @param expiresOn the last day it is valid
 */
public record QualificationRequest(@NotNull Standard standard, @NotNull QualifiedRole role,
                                   @NotNull @Size(max = 20) List<@NotBlank @Size(max = 50) String> technicalAreas,
                                   @NotBlank @Size(max = 500) @SingleLine String evidence,
                                   @NotNull LocalDate grantedOn, @NotNull LocalDate expiresOn) {
}
