package io.opencert.audit.catalogue;

import java.util.List;

/** ISO/IEC TR 20000-9:2015: the cloud service scenarios of its clause 5 (numbers and titles only). */
public final class Tr20000Part9 {

    public static final List<Clause> CLOUD_SCENARIOS = List.of(
            new Clause("5.1", "Identify the context for service management of cloud services"),
            new Clause("5.2", "Establish strategy and plan"),
            new Clause("5.3", "Provide a catalogue of cloud services"),
            new Clause("5.4", "Identify and manage service requirements"),
            new Clause("5.5", "Design and develop a new cloud service"),
            new Clause("5.6", "Establish a service relationship with the cloud customer"),
            new Clause("5.7", "Establish a cloud service agreement"),
            new Clause("5.8", "Onboarding the customer"),
            new Clause("5.9", "Deliver and operate"),
            new Clause("5.10", "Monitor and report"),
            new Clause("5.11", "Manage resources"),
            new Clause("5.12", "Check and improve the SMS and cloud services"),
            new Clause("5.13", "Terminate a cloud service contract"),
            new Clause("5.14", "Transfer a cloud service"),
            new Clause("5.15", "Remove a cloud service"));

    private Tr20000Part9() {
    }
}
