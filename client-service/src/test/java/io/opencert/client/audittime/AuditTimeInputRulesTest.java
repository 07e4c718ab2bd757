package io.opencert.client.audittime;

import io.opencert.client.audittime.AuditTimeInput.SiteInput;
import io.opencert.client.rules.ClientRule;
import io.opencert.events.model.Standard;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.function.Executable;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Facts no calculation starts from, each refused with the rule it breaks and the input it names. */
class AuditTimeInputRulesTest {
    private static final SiteInput HEAD_OFFICE = new SiteInput("Head office", true, 50);
    private static final Set<Standard> SMS = Set.of(Standard.ISO_IEC_20000_1_2018);
    private static final Adjustment.Factor COMPLEXITY = Adjustment.Factor.SERVICE_COMPLEXITY;

    static Stream<Arguments> refusedFacts() {
        return Stream.of(
                Arguments.of(ClientRule.SITES_REQUIRED, "sites",
                        (Executable) () -> new AuditTimeInput(List.of(), List.of(), SMS)),
                Arguments.of(ClientRule.ONE_CENTRAL_FUNCTION, "sites", (Executable) () -> new AuditTimeInput(
                        List.of(HEAD_OFFICE, new SiteInput("Data centre", true, 5)), List.of(), SMS)),
                Arguments.of(ClientRule.PERSONS_REQUIRED, "sites", (Executable) () -> new AuditTimeInput(
                        List.of(HEAD_OFFICE, new SiteInput("Data centre", false, 0)), List.of(), SMS)),
                Arguments.of(ClientRule.SITE_NAMES_UNIQUE, "sites", (Executable) () -> new AuditTimeInput(
                        List.of(HEAD_OFFICE, new SiteInput("Head office", false, 5)), List.of(), SMS)),
                Arguments.of(ClientRule.STANDARDS_REQUIRED, "standards",
                        (Executable) () -> new AuditTimeInput(List.of(HEAD_OFFICE), List.of(), Set.of())),
                Arguments.of(ClientRule.ADJUSTMENT_INCOMPLETE, "adjustments",
                        (Executable) () -> new Adjustment(null, BigDecimal.TEN, "why")),
                Arguments.of(ClientRule.ADJUSTMENT_OUT_OF_RANGE, "adjustments",
                        (Executable) () -> new Adjustment(COMPLEXITY, BigDecimal.ZERO, "why")),
                Arguments.of(ClientRule.ADJUSTMENT_OUT_OF_RANGE, "adjustments",
                        (Executable) () -> new Adjustment(COMPLEXITY, BigDecimal.valueOf(-100), "why")),
                Arguments.of(ClientRule.ADJUSTMENT_JUSTIFICATION_REQUIRED, "adjustments",
                        (Executable) () -> new Adjustment(COMPLEXITY, BigDecimal.TEN, " ")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedFacts")
    void eachBrokenRuleIsNamedWithTheInputItConcerns(ClientRule rule, String field, Executable facts) {
        AuditTimeRule refused = catchThrowableOfType(AuditTimeRule.class, facts::execute);

        assertThat(refused.rule()).isEqualTo(rule);
        assertThat(refused.field()).isEqualTo(field);
        assertThat(refused.getMessage()).isNotBlank();
    }
}
