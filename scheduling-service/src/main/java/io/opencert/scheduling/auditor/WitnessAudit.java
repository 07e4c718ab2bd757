package io.opencert.scheduling.auditor;

import java.time.LocalDate;

/**
 * An audit on which an evaluator watched the auditor at work (ISO/IEC 17021-1 7.2.10), with the evaluation.
 *
 * @param outcome what the evaluator concluded
 */
public record WitnessAudit(LocalDate witnessedOn, String evaluator, WitnessOutcome outcome, String notes) {

    /** The evaluator's conclusion on a witnessed audit. */
    public enum WitnessOutcome {
        SATISFACTORY, NEEDS_IMPROVEMENT, UNSATISFACTORY
    }
}
