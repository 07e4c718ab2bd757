package io.opencert.commons.text;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The text is one line, without line breaks or tabs, such as a name a document prints on one line; every text of a
 * request body is refused other control characters already ({@link TextInput}).
 */
@Documented
@Constraint(validatedBy = SingleLine.Check.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface SingleLine {
    String message() default ControlCharacters.SINGLE_LINE_MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<SingleLine, CharSequence> {
        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            return text == null || !ControlCharacters.inLine(text.toString());
        }
    }
}
