package io.opencert.certificate;

import io.opencert.events.EventJson;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;

/**
 * jsonb columns of this service hold event payloads (the audit report a decision rests on) and values made of the
 * events model (a requested change of a certificate); they are stored in the one JSON form of events
 * ({@link EventJson}), whatever the REST layer's JSON settings are.
 */
@JsonFormat
@PersistenceUnitExtension
public class EventJsonColumns implements FormatMapper {

    @Override
    public <T> T fromString(CharSequence json, JavaType<T> javaType, WrapperOptions options) {
        return EventJson.read(json.toString(), javaType.getJavaTypeClass());
    }

    @Override
    public <T> String toString(T value, JavaType<T> javaType, WrapperOptions options) {
        return EventJson.write(value);
    }
}
