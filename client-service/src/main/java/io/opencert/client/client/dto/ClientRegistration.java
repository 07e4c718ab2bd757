package io.opencert.client.client.dto;

import io.opencert.commons.text.SingleLine;
import io.opencert.events.model.Standard;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Set;

/**
 * Registration of an applicant organisation; without sites, its head office in {@code city} is its one site.
 * Street, postal code and contacts may be given; the other facts come with the reviewed questionnaire.
 */
public record ClientRegistration(
        @NotBlank @Size(max = 200) @SingleLine String legalName,
        @NotBlank @Size(max = 60) @SingleLine String registrationNumber,
        @Size(max = 200) @SingleLine String street,
        @Size(max = 20) @SingleLine String postalCode,
        @NotBlank @Size(max = 100) @SingleLine String city,
        @NotNull @Pattern(regexp = COUNTRY, message = COUNTRY_MESSAGE) String country,
        @Min(1) int persons,
        @NotBlank @Size(max = 2000) String scope,
        @NotEmpty Set<@NotNull Standard> standards,
        @Size(max = 200) List<@NotNull @Valid SiteRegistration> sites,
        @Size(max = 20) List<@NotNull @Valid ContactDetails> contacts) {

    public static final String COUNTRY = "[A-Z]{2}";
    public static final String COUNTRY_MESSAGE = "must be an ISO 3166-1 alpha-2 code such as DE";

    public record SiteRegistration(
            @NotBlank @Size(max = 200) @SingleLine String name,
            @NotBlank @Size(max = 100) @SingleLine String city,
            @NotNull @Pattern(regexp = COUNTRY, message = COUNTRY_MESSAGE) String country,
            boolean centralFunction,
            @Min(1) int persons) {
    }
}
