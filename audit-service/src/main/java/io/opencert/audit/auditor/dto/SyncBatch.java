package io.opencert.audit.auditor.dto;

import io.opencert.audit.checklist.ChecklistAnswer;
import io.opencert.audit.finding.ClauseNumber;
import io.opencert.events.model.FindingGrade;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * What an auditor captured offline, uploaded in one call. {@code batchId} is chosen by the phone: the same batch
 * sent again (the answer got lost) is answered as the first time and changes nothing.
 */
public record SyncBatch(@NotNull UUID batchId,
                        @Size(max = 500) List<@NotNull @Valid AnswerUpload> answers,
                        @Size(max = 200) List<@NotNull @Valid FindingUpload> findings) {

    public List<AnswerUpload> answersOrNone() {
        return answers == null ? List.of() : answers;
    }

    public List<FindingUpload> findingsOrNone() {
        return findings == null ? List.of() : findings;
    }

    /**
     * An answer to a checklist item; {@code baseVersion} is the item's version in the auditor's copy, a null
     * {@code answer} withdraws an earlier one.
     */
    public record AnswerUpload(@NotNull UUID itemId, ChecklistAnswer answer, @Size(max = 10_000) String note,
                               @NotNull @PositiveOrZero Long baseVersion) {
    }

    /**
     * A finding under the id the phone gave it; {@code baseVersion} is the version of the auditor's copy when they
     * edited a finding they had downloaded, null for a finding new on the phone.
     */
    public record FindingUpload(@NotNull UUID id, @NotNull FindingGrade grade,
                                @NotBlank @Pattern(regexp = ClauseNumber.PATTERN, message = ClauseNumber.MESSAGE) String clause,
                                UUID siteId, @NotBlank @Size(max = 20_000) String evidence,
                                @PositiveOrZero Long baseVersion) {
    }
}
