package io.opencert.client.audittime;

import java.math.BigDecimal;
import java.util.List;

/**
 * Initial audit time (stage 1 + stage 2) by the number of persons doing work under the client's control.
 * Above the last band, one more day for each further {@code personsPerExtraDay} persons or part thereof.
 */
public final class AuditTimeTable {
    /** Up to and including {@code maxPersons} persons: {@code days} days. */
    public record Band(int maxPersons, BigDecimal days) {
        public Band {
            // At least a whole day, so that stage 1 and stage 2 each get their minimum half day.
            if (days.compareTo(BigDecimal.ONE) < 0 || days.remainder(HalfDay.HALF).signum() != 0) {
                throw new IllegalArgumentException("days must be a whole or half number of at least 1: " + days);
            }
        }
    }

    private static final AuditTimeTable IAF_MD_5 = new AuditTimeTable(1, List.of(
            band(5, "1.5"), band(10, "2"), band(15, "2.5"), band(25, "3"), band(45, "4"), band(65, "5"),
            band(85, "6"), band(125, "7"), band(175, "8"), band(275, "9"), band(425, "10"), band(625, "11"),
            band(875, "12"), band(1175, "13"), band(1550, "14"), band(2025, "15"), band(2675, "16"),
            band(3450, "17"), band(4350, "18"), band(5450, "19"), band(6800, "20"), band(8500, "21"),
            band(10700, "22")), 2000);

    private final int version;
    private final List<Band> bands;
    private final int personsPerExtraDay;

    /** A table; {@code version} tells it from the tables it replaced or that replace it. */
    public AuditTimeTable(int version, List<Band> bands, int personsPerExtraDay) {
        if (version < 1 || bands.isEmpty() || personsPerExtraDay < 1) {
            throw new IllegalArgumentException("a table needs at least one band and a positive step");
        }
        for (int i = 1; i < bands.size(); i++) {
            Band previous = bands.get(i - 1);
            Band band = bands.get(i);
            // Audit time must never fall as an organisation grows.
            if (band.maxPersons() <= previous.maxPersons() || band.days().compareTo(previous.days()) < 0) {
                throw new IllegalArgumentException("bands must grow in persons and never fall in days: " + band);
            }
        }
        this.version = version;
        this.bands = List.copyOf(bands);
        this.personsPerExtraDay = personsPerExtraDay;
    }

    public int version() {
        return version;
    }

    public List<Band> bands() {
        return bands;
    }

    public int personsPerExtraDay() {
        return personsPerExtraDay;
    }

    /** The built-in table (the IAF MD 5 progression), 2,000 persons per further day above 10,700. */
    public static AuditTimeTable iafMd5() {
        return IAF_MD_5;
    }

    public BigDecimal initialDays(int persons) {
        requirePersons(persons);
        for (Band band : bands) {
            if (persons <= band.maxPersons()) {
                return band.days();
            }
        }
        return bands.getLast().days().add(BigDecimal.valueOf(extraDays(persons)));
    }

    /** In words, the row of the table that gives the days for {@code persons}. */
    public String bandOf(int persons) {
        requirePersons(persons);
        int from = 1;
        for (Band band : bands) {
            if (persons <= band.maxPersons()) {
                return from + "-" + band.maxPersons() + " persons: " + band.days().stripTrailingZeros().toPlainString()
                        + " days";
            }
            from = band.maxPersons() + 1;
        }
        Band last = bands.getLast();
        return "above " + last.maxPersons() + " persons: " + last.days().stripTrailingZeros().toPlainString()
                + " days + 1 day for each further " + personsPerExtraDay + " persons or part thereof ("
                + extraDays(persons) + ")";
    }

    private int extraDays(int persons) {
        int furtherPersons = persons - bands.getLast().maxPersons();
        return (furtherPersons + personsPerExtraDay - 1) / personsPerExtraDay;
    }

    private static void requirePersons(int persons) {
        if (persons < 1) {
            throw new IllegalArgumentException("persons must be at least 1: " + persons);
        }
    }

    private static Band band(int maxPersons, String days) {
        return new Band(maxPersons, new BigDecimal(days));
    }
}
