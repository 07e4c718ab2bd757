package io.opencert.events;

/** One Kafka topic per producing service; the key of every record is the aggregate id. */
public final class Topics {
    public static final String CLIENT = "cb.client-events";
    public static final String SCHEDULING = "cb.scheduling-events";
    public static final String AUDIT = "cb.audit-events";
    public static final String CERTIFICATE = "cb.certificate-events";

    /** Where a consumer parks a record that keeps failing, with the error in its headers. */
    public static String deadLetter(String topic) {
        return topic + ".dlq";
    }

    private Topics() {
    }
}
