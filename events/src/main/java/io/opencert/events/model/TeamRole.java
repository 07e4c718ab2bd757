package io.opencert.events.model;

public enum TeamRole {
    LEAD_AUDITOR,
    AUDITOR,
    TECHNICAL_EXPERT
}
