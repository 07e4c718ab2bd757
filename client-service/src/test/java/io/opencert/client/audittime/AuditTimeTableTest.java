package io.opencert.client.audittime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditTimeTableTest {
    private final AuditTimeTable table = AuditTimeTable.iafMd5();

    @ParameterizedTest(name = "{0}-{1} persons: {2} days")
    @CsvSource({
            "1, 5, 1.5", "6, 10, 2", "11, 15, 2.5", "16, 25, 3", "26, 45, 4", "46, 65, 5", "66, 85, 6",
            "86, 125, 7", "126, 175, 8", "176, 275, 9", "276, 425, 10", "426, 625, 11", "626, 875, 12",
            "876, 1175, 13", "1176, 1550, 14", "1551, 2025, 15", "2026, 2675, 16", "2676, 3450, 17",
            "3451, 4350, 18", "4351, 5450, 19", "5451, 6800, 20", "6801, 8500, 21", "8501, 10700, 22"})
    void everyBandOfTheTableFromItsFirstToItsLastPerson(int from, int to, BigDecimal days) {
        assertThat(table.initialDays(from)).isEqualByComparingTo(days);
        assertThat(table.initialDays(to)).isEqualByComparingTo(days);
    }

    @ParameterizedTest(name = "{0} persons: {1} days")
    @CsvSource({"10700, 22", "10701, 23", "12700, 23", "12701, 24", "14700, 24", "14701, 25", "30700, 32"})
    void aboveTenThousandSevenHundredOneMoreDayForEachFurtherTwoThousandPersonsOrPartThereof(int persons,
                                                                                             BigDecimal days) {
        assertThat(table.initialDays(persons)).isEqualByComparingTo(days);
    }

    @Test
    void anOrganisationHasAtLeastOnePerson() {
        assertThatThrownBy(() -> table.initialDays(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReplacementTableMustNotFallInDays() {
        List<AuditTimeTable.Band> falling = List.of(new AuditTimeTable.Band(10, new BigDecimal("3")),
                new AuditTimeTable.Band(20, new BigDecimal("2.5")));

        assertThatThrownBy(() -> new AuditTimeTable(2, falling, 2000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBandHasWholeOrHalfDaysOfAtLeastOneDay() {
        assertThatThrownBy(() -> new AuditTimeTable.Band(5, new BigDecimal("0.5")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AuditTimeTable.Band(5, new BigDecimal("1.25")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
