package io.opencert.commons.paging;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageRequestTest {
    private static final Validator VALIDATOR = Validation.byDefaultProvider().configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();

    @Test
    void theLastPageStillHasAnOffsetTheDatabaseCanHold() {
        assertThat(VALIDATOR.validate(PageRequest.of(PageRequest.MAX_PAGE, PageRequest.MAX_SIZE))).isEmpty();
        assertThat((long) PageRequest.MAX_PAGE * PageRequest.MAX_SIZE).isLessThanOrEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void refusesAPageOrSizeOutOfRange() {
        assertThat(VALIDATOR.validate(PageRequest.of(PageRequest.MAX_PAGE + 1, 20))).extracting(PageRequestTest::field)
                .containsExactly("page");
        assertThat(VALIDATOR.validate(PageRequest.of(-1, 20))).extracting(PageRequestTest::field).containsExactly("page");
        assertThat(VALIDATOR.validate(PageRequest.of(0, 0))).extracting(PageRequestTest::field).containsExactly("size");
        assertThat(VALIDATOR.validate(PageRequest.of(0, PageRequest.MAX_SIZE + 1))).extracting(PageRequestTest::field)
                .containsExactly("size");
    }

    @Test
    void refusesAPageThatIsNoWholeNumberOrLargerThanAnyNumber() {
        for (String page : new String[]{"99999999999999999999999", "1.5", "abc", "", "+1"}) {
            PageRequest request = PageRequest.of(0, 20);
            request.page = page;

            assertThat(VALIDATOR.validate(request)).as(page).singleElement().satisfies(violation -> {
                assertThat(field(violation)).isEqualTo("page");
                assertThat(violation.getMessage()).isEqualTo("must be a whole number from 0 to 9999999");
            });
        }
    }

    private static String field(ConstraintViolation<PageRequest> violation) {
        return violation.getPropertyPath().toString();
    }
}
