package io.opencert.commons.text;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A text of a request body holds a control character; Jackson adds the field's path as it unwinds. */
public class ControlCharactersRefused extends MismatchedInputException {
    ControlCharactersRefused(JsonParser parser) {
        super(parser, ControlCharacters.MESSAGE, String.class);
    }
}
