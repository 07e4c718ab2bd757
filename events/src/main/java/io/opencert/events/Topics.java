package io.opencert.events;

/** One Kafka topic per producing service; the key of every record is the aggregate id. */
public final class Topics {
    public static final String CLIENT = "cb.client-events";
    public static final String SCHEDULING = "cb.scheduling-events";
    public static final String AUDIT = "cb.audit-events";
    public static final String CERTIFICATE = "cb.certificate-events";

    /**
     * The CloudEvents {@code source} of the one service that publishes on {@code topic}, e.g. {@code /client-service}
     * for {@code cb.client-events}; consumers refuse a record of anyone else.
     */
    public static String source(String topic) {
        return switch (topic) {
            case CLIENT -> "/client-service";
            case SCHEDULING -> "/scheduling-service";
            case AUDIT -> "/audit-service";
            case CERTIFICATE -> "/certificate-service";
            default -> throw new IllegalArgumentException("no service publishes on " + topic);
        };
    }

    /** Where a consumer parks a record that keeps failing, with the error in its headers. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }

    private Topics() {
    }
}
