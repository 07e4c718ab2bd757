package io.opencert.client.client.dto;

import io.opencert.client.client.ClientContact;
import io.opencert.commons.text.SingleLine;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A contact person at the client. */
public record ContactDetails(
        @NotBlank @Size(max = 200) @SingleLine String name,
        @Size(max = 100) @SingleLine String role,
        @NotBlank @Email @Size(max = 254) String email,
        @Pattern(regexp = "\\+?[0-9 ()/-]{3,40}", message = "must be a phone number such as +49 40 123456") String phone) {

    public static ContactDetails of(ClientContact contact) {
        return new ContactDetails(contact.name, contact.role, contact.email, contact.phone);
    }

    public ClientContact contact() {
        return new ClientContact(name.strip(), blankToNull(role), email.strip(), blankToNull(phone));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
