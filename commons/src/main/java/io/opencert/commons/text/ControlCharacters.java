package io.opencert.commons.text;

/**
 * Text a person typed holds no control characters: PostgreSQL refuses NUL, and the others print as nothing or as
 * garbage on a document. Tab, carriage return and line feed are text where text may have several lines.
 */
public final class ControlCharacters {
    public static final String MESSAGE = "must not contain control characters such as NUL";
    public static final String SINGLE_LINE_MESSAGE = "must be one line without control characters";

    private ControlCharacters() {
    }

    /** Whether the text holds a control character other than tab, carriage return and line feed. */
    public static boolean in(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\n');
    }

    /** Whether the text holds any control character, line breaks and tabs included. */
    public static boolean inLine(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }
}
