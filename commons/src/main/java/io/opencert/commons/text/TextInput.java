package io.opencert.commons.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;

/**
 * Every text of every request body, in every field, list and map of every service, is refused with 400 when it holds
 * a {@link ControlCharacters control character}: one check where JSON becomes text, instead of one per field. The
 * events have their own mapper and are not checked here.
 */
@Singleton
public class TextInput implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("text-input").addDeserializer(String.class, new Text()));
    }

    private static final class Text extends StdScalarDeserializer<String> {
        Text() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && ControlCharacters.in(text)) {
                throw new ControlCharactersRefused(parser);
            }
            return text;
        }
    }
}
