package io.opencert.scheduling.auditor;

/** Why an auditor cannot be booked on some days. */
public enum UnavailabilityReason {
    LEAVE("Leave"),
    OTHER_WORK("Other work"),
    TRAINING("Training");

    private final String words;

    UnavailabilityReason(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
