package io.opencert.events.model;

/**
 * How a client holding an ISO/IEC 20000-1 certificate has its cloud services (ISO/IEC TR 20000-9) audited: in an
 * audit of its own, or during the next surveillance audit of 20000-1.
 */
public enum CloudExtension {
    OWN_AUDIT,
    WITH_SURVEILLANCE
}
