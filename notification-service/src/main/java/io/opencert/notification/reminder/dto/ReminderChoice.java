package io.opencert.notification.reminder.dto;

import jakarta.validation.constraints.NotNull;

/** Whether the contact is to get reminders. */
public record ReminderChoice(@NotNull Boolean wanted) {
}
