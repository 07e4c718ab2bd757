package io.opencert.audit.catalogue;

import java.util.List;

/**
 * What the client's completed audits leave for a new audit to follow up.
 *
 * @param stage2Repetition true when the client's latest completed audit is a stage 2 that must be repeated (a major
 *                         nonconformity not verified within 6 months), so that a stage 2 now booked is its repetition
 * @param findings         every finding of the latest completed audit and the open nonconformities of the earlier
 *                         ones, oldest first
 */
public record PreviousFindings(boolean stage2Repetition, List<PreviousFinding> findings) {
    /** A client without completed audits. */
    public static final PreviousFindings NONE = new PreviousFindings(false, List.of());

    public PreviousFindings {
        findings = List.copyOf(findings);
    }
}
