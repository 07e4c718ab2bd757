package io.opencert.scheduling.auditor.dto;

import io.opencert.commons.text.SingleLine;
import io.opencert.events.model.Standard;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * An auditor joining the register: their login, name, the standards they may audit, whether they may lead, and
 * where the body writes to them about their audits (optional).
 */
public record AuditorRegistration(@NotBlank @Size(max = 100) @SingleLine String username,
                                  @NotBlank @Size(max = 200) @SingleLine String name,
                                  @NotEmpty @Size(max = 10) List<@NotNull Standard> standards,
                                  boolean leadAuditor,
                                  @Email @Size(max = 320) String email) {
}
