package io.opencert.client.client.dto;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** All contacts of a client, replacing those it had. */
public record ContactsUpdate(@NotNull @Size(max = 20) List<@NotNull @Valid ContactDetails> contacts) {
}
