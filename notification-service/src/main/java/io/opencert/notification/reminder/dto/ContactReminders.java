package io.opencert.notification.reminder.dto;

import io.opencert.notification.reminder.ReminderPreference;

import java.time.Instant;

/** A client's contact and whether they get reminders (expiry notices, nonconformity deadlines). */
public record ContactReminders(String name, String email, boolean reminders, Instant stoppedAt, String stoppedBy) {
    public static ContactReminders of(String name, ReminderPreference preference) {
        return new ContactReminders(name, preference.email(), preference.wantsReminders(), preference.optedOutAt(),
                preference.optedOutBy());
    }
}
