package io.opencert.scheduling.programme.dto;

/**
 * Why a booking deviates from the programme: the rule it deviates from (e.g. {@code outside-due-window}), the
 * justification staff recorded and who recorded it.
 */
public record Deviation(String rule, String reason, String recordedBy) {
}
