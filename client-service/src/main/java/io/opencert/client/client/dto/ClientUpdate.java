package io.opencert.client.client.dto;

import io.opencert.commons.text.SingleLine;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * The editable fields of a client, all of them (a replacement): staff may change each; a client user only
 * {@link #CLIENT_EDITABLE} of their own organisation. The registration number is never edited; standards, sites, services and the transfer come
 * with the reviewed questionnaire, contacts have their own resource.
 */
public record ClientUpdate(
        @NotBlank @Size(max = 200) @SingleLine String legalName,
        @Size(max = 200) @SingleLine String street,
        @Size(max = 20) @SingleLine String postalCode,
        @NotBlank @Size(max = 100) @SingleLine String city,
        @NotNull @Pattern(regexp = ClientRegistration.COUNTRY, message = ClientRegistration.COUNTRY_MESSAGE)
        String country,
        @Min(1) int persons,
        @NotBlank @Size(max = 2000) String scope) {

    /**
     * The fields a client user may change of their own organisation: its address, which staff do not review. The
     * number of persons is the basis of the audit time that staff reviewed; it changes through a new questionnaire.
     */
    public static final List<String> CLIENT_EDITABLE = List.of("street", "postalCode", "city");
}
