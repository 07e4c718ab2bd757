package io.opencert.events.model;

import java.util.UUID;

/**
 * A major nonconformity whose correction was not verified by its deadline.
 *
 * @param findingId the finding's id in audit-service
 * @param clause    the clause of the standard it was raised against, e.g. {@code 8.5.1}
 * @param summary   the start of the auditor's statement and evidence, at most 200 characters
 * @param status    where the nonconformity stands when the deadline is found missed: {@code AWAITING_RESPONSE},
 *                  {@code RESPONDED}, {@code RETURNED}, {@code ACCEPTED} or {@code VERIFIED} (verified, but after the
 *                  deadline)
 */
public record OverdueNonconformity(UUID findingId, String clause, String summary, String status) {
}
