package io.opencert.notification.addressee;

import io.opencert.events.Nullable;

import java.util.Locale;

/** Someone a mail goes to; addresses compare without regard to case, as mail systems treat them. */
public record Recipient(@Nullable String name, String email) {
    public Recipient {
        email = email.strip().toLowerCase(Locale.ROOT);
    }
}
