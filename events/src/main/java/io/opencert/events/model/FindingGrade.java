package io.opencert.events.model;

public enum FindingGrade {
    MAJOR_NONCONFORMITY,
    MINOR_NONCONFORMITY,
    OBSERVATION,
    OPPORTUNITY_FOR_IMPROVEMENT,
    STRENGTH
}
