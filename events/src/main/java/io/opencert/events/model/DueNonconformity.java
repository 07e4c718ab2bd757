package io.opencert.events.model;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A nonconformity the client is to answer (correction, root cause, corrective action) by {@code responseDue}.
 *
 * @param findingId the finding's id in audit-service
 * @param clause    the clause of the standard it was raised against, e.g. {@code 8.5.1}
 */
public record DueNonconformity(UUID findingId, FindingGrade grade, String clause, LocalDate responseDue) {
}
