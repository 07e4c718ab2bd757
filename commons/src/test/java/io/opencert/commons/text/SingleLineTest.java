package io.opencert.commons.text;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class SingleLineTest {
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    record Site(@SingleLine String name, List<@SingleLine String> services, String description) {
    }

    @Test
    void aNameIsOneLineWhileADescriptionMayHaveSeveral() {
        assertThat(VALIDATOR.validate(new Site("Łódź data centre", List.of("Service desk"), "Line one\nLine two")))
                .isEmpty();
        assertThat(VALIDATOR.validate(new Site("Data\ncentre", List.of("Service\tdesk"), null)))
                .extracting(violation -> violation.getPropertyPath().toString(), ConstraintViolation::getMessage)
                .containsExactlyInAnyOrder(
                        tuple("name", "must be one line without control characters"),
                        tuple("services[0].<list element>",
                                "must be one line without control characters"));
    }
}
