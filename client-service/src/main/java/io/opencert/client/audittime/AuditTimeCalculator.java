package io.opencert.client.audittime;

import io.opencert.client.audittime.AuditTimeInput.SiteInput;
import io.opencert.client.audittime.Calculation.PlannedAudit;
import io.opencert.client.audittime.Calculation.Reason;
import io.opencert.client.audittime.Calculation.SiteDays;
import io.opencert.client.rules.ClientRule;
import io.opencert.events.model.AuditType;
import io.opencert.events.model.SampleSize;
import io.opencert.events.model.Standard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Audit time of a certification cycle. The initial time comes from the table, adjusted by the justified factors
 * (reductions at most 30% in total, integration with another management system at most 20%; more is refused,
 * never cut silently; the caps hold after rounding too: a nearest half day below the capped time goes up to the next
 * half day) and extended for cloud services (TR 20000-9); stage 1 takes a configurable share of it (at
 * least half a day) and stage 2 the rest, at least a configurable share (80%) of the initial time on site, so that
 * only the rest of the stage 1 documentation review may be done remotely; surveillance is 1/3 and recertification 2/3 of the initial time; every
 * calculated time goes to the nearest half day. Multi-site: stage 1 is at the central function, every other audit
 * visits the central function and a sample of the other sites, at least half a day each.
 */
public final class AuditTimeCalculator {
    public static final BigDecimal DEFAULT_STAGE_1_SHARE = new BigDecimal("0.3");
    public static final BigDecimal DEFAULT_CLOUD_SHARE = new BigDecimal("0.2");
    public static final BigDecimal DEFAULT_MINIMUM_ON_SITE_SHARE = new BigDecimal("0.8");
    static final BigDecimal REDUCTION_CAP = BigDecimal.valueOf(30);
    static final BigDecimal INTEGRATION_CAP = BigDecimal.valueOf(20);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    // More than enough digits: a third of a half-day multiple never lands on a rounding tie.
    private static final int SCALE = 6;
    private static final Set<Standard> SERVICE_MANAGEMENT = EnumSet.of(Standard.ISO_IEC_20000_1_2018,
            Standard.ISO_IEC_20000_1_2011);

    private final AuditTimeTable table;
    private final BigDecimal stage1Share;
    private final BigDecimal cloudShare;
    private final BigDecimal minimumOnSiteShare;

    public AuditTimeCalculator(AuditTimeTable table) {
        this(table, DEFAULT_STAGE_1_SHARE, DEFAULT_CLOUD_SHARE, DEFAULT_MINIMUM_ON_SITE_SHARE);
    }

    /**
     * {@code stage1Share} of the initial time goes to stage 1; cloud adds {@code cloudShare} of the 20000-1 time;
     * at least {@code minimumOnSiteShare} of the initial time is spent on site.
     */
    public AuditTimeCalculator(AuditTimeTable table, BigDecimal stage1Share, BigDecimal cloudShare,
                               BigDecimal minimumOnSiteShare) {
        if (stage1Share.signum() <= 0 || stage1Share.compareTo(new BigDecimal("0.5")) > 0) {
            throw new IllegalArgumentException("stage 1 takes more than 0 and at most half of the time: " + stage1Share);
        }
        if (cloudShare.signum() <= 0) {
            throw new IllegalArgumentException("the cloud extension adds time: " + cloudShare);
        }
        if (minimumOnSiteShare.compareTo(new BigDecimal("0.5")) < 0 || minimumOnSiteShare.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("at least half and at most all of the time on site: "
                    + minimumOnSiteShare);
        }
        this.table = table;
        this.stage1Share = stage1Share;
        this.cloudShare = cloudShare;
        this.minimumOnSiteShare = minimumOnSiteShare;
    }

    /** One site, no adjustment, ISO/IEC 20000-1 only. */
    public AuditTime calculate(int persons) {
        return calculate(AuditTimeInput.singleSite(persons, Set.of(Standard.ISO_IEC_20000_1_2018))).time();
    }

    public Calculation calculate(AuditTimeInput input) {
        List<Reason> reasons = new ArrayList<>();
        int persons = input.persons();
        BigDecimal tableDays = table.initialDays(persons).setScale(1);
        reasons.add(new Reason("persons", Integer.toString(persons), "persons doing work under the client's control, "
                + "all sites together (" + input.sites().size() + " site(s))"));
        reasons.add(new Reason("table days", days(tableDays), "audit time table version " + table.version() + ": "
                + table.bandOf(persons)));

        BigDecimal percent = adjustmentPercent(input.adjustments());
        for (Adjustment adjustment : input.adjustments()) {
            reasons.add(new Reason("adjustment " + adjustment.factor(), signed(adjustment.percent()) + "%",
                    adjustment.factor().description() + ": " + adjustment.justification().strip()));
        }
        BigDecimal adjusted = tableDays;
        if (percent.signum() != 0) {
            BigDecimal exact = tableDays.multiply(HUNDRED.add(percent)).divide(HUNDRED, SCALE, RoundingMode.HALF_UP);
            BigDecimal nearest = HalfDay.round(exact);
            String rounding = ", to the nearest half day";
            if (input.adjustments().stream().anyMatch(Adjustment::isReduction)) {
                BigDecimal allowed = allowedReduction(input.adjustments());
                BigDecimal capped = tableDays.multiply(HUNDRED.subtract(allowed))
                        .divide(HUNDRED, SCALE, RoundingMode.HALF_UP);
                reasons.add(new Reason("reduction cap", "at least " + capped.stripTrailingZeros().toPlainString()
                        + " days", days(tableDays) + " days -" + allowed.stripTrailingZeros().toPlainString()
                        + "%: the reductions lower the table time by at most " + REDUCTION_CAP + "% in total, "
                        + "integration with another management system by at most " + INTEGRATION_CAP + "%, "
                        + "and rounding to half days never takes the time below that"));
                adjusted = HalfDay.roundNotBelow(exact, capped);
                if (adjusted.compareTo(nearest) > 0) {
                    rounding = ", rounded up to the next half day: the nearest half day, " + days(nearest)
                            + ", would fall below the reduction cap of " + capped.stripTrailingZeros().toPlainString()
                            + " days";
                }
            } else {
                adjusted = nearest;
            }
            reasons.add(new Reason("adjusted days", days(adjusted), days(tableDays) + " days " + signed(percent)
                    + "% = " + exact.stripTrailingZeros().toPlainString() + rounding));
        }
        if (adjusted.compareTo(BigDecimal.ONE) < 0) {
            adjusted = BigDecimal.ONE.setScale(1);
            reasons.add(new Reason("adjusted days", days(adjusted), "at least half a day for each stage"));
        }

        BigDecimal cloudDays = BigDecimal.ZERO.setScale(1);
        if (input.cloudExtension()) {
            if (input.standards().stream().noneMatch(SERVICE_MANAGEMENT::contains)) {
                throw new AuditTimeRule(ClientRule.CLOUD_EXTENSION_NEEDS_20000_1, "standards",
                        "the cloud extension (ISO/IEC TR 20000-9) is offered only together with ISO/IEC 20000-1");
            }
            cloudDays = HalfDay.round(adjusted.multiply(cloudShare)).max(HalfDay.HALF);
            reasons.add(new Reason("cloud extension days", days(cloudDays), "ISO/IEC TR 20000-9: "
                    + cloudShare.multiply(HUNDRED).stripTrailingZeros().toPlainString()
                    + "% of the ISO/IEC 20000-1 time, to the nearest half day, at least half a day"));
        }

        BigDecimal initial = adjusted.add(cloudDays);
        BigDecimal stage1 = HalfDay.round(initial.multiply(stage1Share)).max(HalfDay.HALF);
        BigDecimal stage2 = initial.subtract(stage1);
        BigDecimal surveillance = HalfDay.round(initial.divide(THREE, SCALE, RoundingMode.HALF_UP));
        BigDecimal recertification = HalfDay.round(
                initial.multiply(BigDecimal.TWO).divide(THREE, SCALE, RoundingMode.HALF_UP));
        reasons.add(new Reason("initial audit days", days(initial), "stage 1 + stage 2"));
        reasons.add(new Reason("stage 1 days", days(stage1), stage1Share.multiply(HUNDRED).stripTrailingZeros()
                .toPlainString() + "% of the initial audit time, to the nearest half day, at least half a day; "
                + "documentation review at the central function"));
        reasons.add(new Reason("stage 2 days", days(stage2), "the rest of the initial audit time"));
        BigDecimal remote = HalfDay.floor(initial.multiply(BigDecimal.ONE.subtract(minimumOnSiteShare))).min(stage1);
        BigDecimal onSite = initial.subtract(remote);
        reasons.add(new Reason("initial audit days on site", days(onSite), "at least "
                + minimumOnSiteShare.multiply(HUNDRED).stripTrailingZeros().toPlainString()
                + "% of the initial audit time on site; up to " + days(remote) + " days of the stage 1 documentation "
                + "review may be done remotely"));
        reasons.add(new Reason("surveillance days", days(surveillance),
                "1/3 of the initial audit time, to the nearest half day"));
        reasons.add(new Reason("recertification days", days(recertification),
                "2/3 of the initial audit time, to the nearest half day"));
        AuditTime time = new AuditTime(persons, initial, stage1, stage2, surveillance, recertification);

        List<SiteInput> others = input.sites().stream().filter(site -> !site.centralFunction())
                .sorted(Comparator.comparingInt(SiteInput::persons).reversed().thenComparing(SiteInput::name))
                .toList();
        SiteInput central = input.sites().stream().filter(SiteInput::centralFunction).findFirst().orElseThrow();
        List<PlannedAudit> audits = List.of(
                new PlannedAudit(AuditType.STAGE_1, 1, stage1, List.of(new SiteDays(central.name(), true, stage1))),
                onSites(AuditType.STAGE_2, 1, stage2, central, others, reasons),
                onSites(AuditType.SURVEILLANCE, 1, surveillance, central, others, reasons),
                onSites(AuditType.SURVEILLANCE, 2, surveillance, central, others, reasons),
                onSites(AuditType.RECERTIFICATION, 1, recertification, central, others, reasons));
        return new Calculation(table.version(), time, tableDays, input.adjustments(), cloudDays, onSite, audits,
                reasons);
    }

    /** Sum of the adjustments; refuses reductions beyond the caps. */
    private static BigDecimal adjustmentPercent(List<Adjustment> adjustments) {
        Set<Adjustment.Factor> seen = EnumSet.noneOf(Adjustment.Factor.class);
        BigDecimal reduction = BigDecimal.ZERO;
        BigDecimal total = BigDecimal.ZERO;
        for (Adjustment adjustment : adjustments) {
            if (!seen.add(adjustment.factor())) {
                throw new AuditTimeRule(ClientRule.ADJUSTMENT_FACTOR_REPEATED, "adjustments",
                        adjustment.factor() + " is given more than once");
            }
            if (adjustment.factor() == Adjustment.Factor.INTEGRATED_MANAGEMENT_SYSTEM
                    && (!adjustment.isReduction() || adjustment.percent().negate().compareTo(INTEGRATION_CAP) > 0)) {
                throw new AuditTimeRule(ClientRule.INTEGRATED_SYSTEM_REDUCTION_CAP, "adjustments",
                        "integration with an ISO/IEC 27001 or ISO 9001 system reduces the audit time by at most "
                                + INTEGRATION_CAP + "%, was " + signed(adjustment.percent()) + "%");
            }
            if (adjustment.isReduction()) {
                reduction = reduction.add(adjustment.percent().negate());
            }
            total = total.add(adjustment.percent());
        }
        // Increases do not make room for more reductions: the cap is on the reductions themselves.
        if (reduction.compareTo(REDUCTION_CAP) > 0) {
            throw new AuditTimeRule(ClientRule.AUDIT_TIME_REDUCTION_CAP, "adjustments", "the reductions add up to "
                    + reduction.stripTrailingZeros().toPlainString() + "%; at most " + REDUCTION_CAP
                    + "% in total are allowed");
        }
        return total;
    }

    /**
     * The most the reductions may lower the table time, in percent, so that both caps hold: at most 30% in total, and
     * of that at most 20% by integration with another management system (the other reductions may add their own).
     * Rounding to half days must not take the time below the table time less this share.
     */
    static BigDecimal allowedReduction(List<Adjustment> adjustments) {
        boolean integration = adjustments.stream().anyMatch(adjustment -> adjustment.isReduction()
                && adjustment.factor() == Adjustment.Factor.INTEGRATED_MANAGEMENT_SYSTEM);
        if (!integration) {
            return REDUCTION_CAP;
        }
        BigDecimal others = adjustments.stream()
                .filter(adjustment -> adjustment.isReduction()
                        && adjustment.factor() != Adjustment.Factor.INTEGRATED_MANAGEMENT_SYSTEM)
                .map(adjustment -> adjustment.percent().negate())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return REDUCTION_CAP.min(INTEGRATION_CAP.add(others));
    }

    /**
     * The central function and the sample of the other sites for this audit; the second surveillance continues the
     * rotation where the first left off. The days are shared by persons, at least half a day at each visited site,
     * the central function taking the rest.
     */
    private static PlannedAudit onSites(AuditType type, int number, BigDecimal days, SiteInput central,
                                        List<SiteInput> others, List<Reason> reasons) {
        int count = SampleSize.otherSitesToVisit(others.size(), type);
        List<SiteInput> sample = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sample.add(others.get(((number - 1) * count + i) % others.size()));
        }
        String audit = label(type, number);
        if (!others.isEmpty()) {
            reasons.add(new Reason(audit + " sites", Integer.toString(count + 1), "the central function and "
                    + SampleSize.factor(type) + "·√" + others.size() + " rounded up = " + count + " of the "
                    + others.size() + " other site(s)"));
        }
        int visitedPersons = central.persons() + sample.stream().mapToInt(SiteInput::persons).sum();
        List<SiteDays> otherDays = new ArrayList<>();
        BigDecimal othersTotal = BigDecimal.ZERO;
        for (SiteInput site : sample) {
            BigDecimal share = HalfDay.round(days.multiply(BigDecimal.valueOf(site.persons()))
                    .divide(BigDecimal.valueOf(visitedPersons), SCALE, RoundingMode.HALF_UP)).max(HalfDay.HALF);
            otherDays.add(new SiteDays(site.name(), false, share));
            othersTotal = othersTotal.add(share);
        }
        BigDecimal centralDays = days.subtract(othersTotal).max(HalfDay.HALF);
        BigDecimal total = centralDays.add(othersTotal);
        if (total.compareTo(days) > 0) {
            reasons.add(new Reason(audit + " days", days(total), days(days) + " days raised so that each of the "
                    + (count + 1) + " visited sites gets at least half a day"));
        }
        List<SiteDays> sites = new ArrayList<>();
        sites.add(new SiteDays(central.name(), true, centralDays));
        sites.addAll(otherDays);
        return new PlannedAudit(type, number, total, sites);
    }

    private static String label(AuditType type, int number) {
        return switch (type) {
            case STAGE_2 -> "stage 2";
            case SURVEILLANCE -> "surveillance " + number;
            default -> type.name().toLowerCase().replace('_', ' ');
        };
    }

    private static String days(BigDecimal days) {
        return days.setScale(1, RoundingMode.HALF_UP).toPlainString();
    }

    private static String signed(BigDecimal percent) {
        String plain = percent.stripTrailingZeros().toPlainString();
        return percent.signum() > 0 ? "+" + plain : plain;
    }
}
