package io.opencert.commons.security;

/** The Keycloak realm roles of the platform, as defined in deploy/keycloak/certification-realm.json. */
public final class Roles {
    public static final String CB_ADMIN = "cb-admin";
    public static final String CB_STAFF = "cb-staff";
    public static final String AUDITOR = "auditor";
    public static final String DECISION_MAKER = "decision-maker";
    public static final String CLIENT = "client";

    private Roles() {
    }
}
