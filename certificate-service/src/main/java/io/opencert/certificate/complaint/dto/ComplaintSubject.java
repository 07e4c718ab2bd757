package io.opencert.certificate.complaint.dto;

/** What a complaint is about. */
public enum ComplaintSubject {
    /** A client certified by the body, named by the number of its certificate. */
    CERTIFIED_CLIENT,
    /** The certification body itself: its people, its audits, its decisions, its service. */
    CERTIFICATION_BODY
}
