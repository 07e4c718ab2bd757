package io.opencert.audit.auditor.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.opencert.audit.auditor.dto.SyncBatch.AnswerUpload;
import io.opencert.audit.auditor.dto.SyncBatch.FindingUpload;
import io.opencert.audit.checklist.dto.ChecklistItemView;
import io.opencert.audit.finding.dto.FindingView;

import java.util.List;
import java.util.UUID;

/**
 * What became of each item of an offline batch, in the batch's order. A conflict applies nothing of that item and
 * carries both versions: the auditor's ({@code yours}) and the server's ({@code server}, whose {@code version} is
 * the base to send with a resolved copy).
 */
public record SyncResult(UUID batchId, UUID auditId, List<AnswerResult> answers, List<FindingResult> findings,
                         int conflicts) {

    public enum Outcome {
        APPLIED,
        /** The server holds this already, e.g. from an earlier upload. */
        UNCHANGED,
        CONFLICT
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnswerResult(UUID itemId, Outcome outcome, long version, AnswerUpload yours,
                               ChecklistItemView server) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FindingResult(UUID id, Outcome outcome, long version, FindingUpload yours, FindingView server) {
    }
}
