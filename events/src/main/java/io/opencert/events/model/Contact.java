package io.opencert.events.model;

import io.opencert.events.Nullable;

/** A person the certification body writes to at a client, e.g. the SMS manager; {@code role} as the client gave it. */
public record Contact(String name, @Nullable String role, String email) {
}
