package io.opencert.scheduling.technicalarea.dto;

import io.opencert.commons.text.SingleLine;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A technical area the administrator adds to the catalogue: its code, title and the IAF code of its sector. */
public record TechnicalAreaRequest(@NotBlank @Pattern(regexp = TechnicalAreaRequest.CODE) String code,
                                   @NotBlank @Size(max = 200) @SingleLine String title,
                                   @NotBlank @Pattern(regexp = "[0-9]{1,2}") String iafCode) {
    /** Upper-case letters, digits and hyphens, as on the default catalogue. */
    public static final String CODE = "[A-Z0-9][A-Z0-9-]{1,49}";
}
