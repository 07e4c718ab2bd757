package io.opencert.certificate;

import io.opencert.events.EventJson;
import io.opencert.events.EventPayload;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/**
 * jsonb columns of this service hold event payloads (the audit report a decision rests on); they are stored in the
 * one JSON form of events ({@link EventJson}), whatever the REST layer's JSON settings are.
 */
@JsonFormat
@PersistenceUnitExtension
public class EventJsonColumns implements FormatMapper {

    @Override
    public <T> T fromString(CharSequence json, JavaType<T> javaType, WrapperOptions options) {
        return javaType.getJavaTypeClass().cast(EventJson.read(json.toString(), payloadClass(javaType)));
    }

    @Override
    public <T> String toString(T value, JavaType<T> javaType, WrapperOptions options) {
        return EventJson.write((EventPayload) value);
    }

    private static Class<? extends EventPayload> payloadClass(JavaType<?> javaType) {
        Class<?> type = javaType.getJavaTypeClass();
        if (!EventPayload.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException("JSON columns hold event payloads only, not " + type.getName());
        }
        return type.asSubclass(EventPayload.class);
    }
}
