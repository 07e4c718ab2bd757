package io.opencert.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The CloudEvents 1.0 context attributes every event carries. In Kafka binary mode they travel as the
 * {@code ce_*} headers; the record value is the JSON data alone.
 */
public record CloudEventAttributes(UUID id, String source, String type, OffsetDateTime time, String subject) {
    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";

    public static final String HEADER_ID = "ce_id";
    public static final String HEADER_SOURCE = "ce_source";
    public static final String HEADER_TYPE = "ce_type";
    public static final String HEADER_TIME = "ce_time";
    public static final String HEADER_SUBJECT = "ce_subject";
    public static final String HEADER_SPEC_VERSION = "ce_specversion";
}
