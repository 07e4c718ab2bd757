package io.opencert.scheduling.rules;

import io.opencert.events.model.AuditType;
import io.opencert.events.model.SampleSize;
import io.opencert.events.model.Site;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.opencert.scheduling.rules.ProgrammeRule.AUDIT_NOT_SAMPLED;
import static io.opencert.scheduling.rules.ProgrammeRule.SAMPLE_TOO_SMALL;
import static io.opencert.scheduling.rules.ProgrammeRule.SITE_NOT_COVERED;

/**
 * Which of a multi-site client's sites an audit visits (IAF MD 1, multi-site sampling; ISO/IEC 17021-1 9.1.5).
 * Every site applied for is certified; each audit visits a sample. The central function is visited every time.
 * Stage 1 is held at the central function only, as quoted. Stage 2, surveillance and recertification visit as many of
 * the other sites as {@link SampleSize} says, rotating over the cycle: sites not yet visited in this cycle first, then
 * by risk. The risk of a site is what the programme knows of it: the more nonconformities the cycle's audits recorded
 * there, the higher, then the longer since its last visit in this cycle, then the more persons work there. Ties go to the name, then the site id, so that the same programme always
 * gets the same sample. Other audits (a scope extension, a special audit, ...) have no sampling rule and visit every
 * site. Each site chosen carries the reason it was chosen.
 * <p>
 * Staff may choose the other sites of a sampled audit themselves, with a justification (a complaint about a site, a
 * change there): never fewer than the rule's number ({@code sample-too-small}), only sites the certification covers
 * ({@code site-not-covered}), and only for an audit that is sampled ({@code audit-not-sampled}); the central function
 * is visited all the same.
 */
public final class SiteSampling {

    /** A site an audit of this cycle visited, or is booked to visit, on that day, and the nonconformities found. */
    public record Visit(UUID siteId, LocalDate on, int nonconformities) {
    }

    /** A site an audit visits and why it was chosen. */
    public record SampledSite(Site site, String reason) {
    }

    /**
     * The sites an audit visits, the central function first, and once it is completed the nonconformities it recorded
     * at each, by site id; one value, as it is kept.
     */
    public record Sample(List<SampledSite> sites, Map<UUID, Integer> nonconformitiesFound) {
        public Sample {
            sites = List.copyOf(sites);
            // none kept for samples chosen before nonconformities were recorded with them
            nonconformitiesFound = nonconformitiesFound == null ? Map.of() : Map.copyOf(nonconformitiesFound);
        }

        public Sample(List<SampledSite> sites) {
            this(sites, Map.of());
        }

        public List<Site> visited() {
            return sites.stream().map(SampledSite::site).toList();
        }

        /** The audit recorded these nonconformities at its sites. */
        public Sample found(Map<UUID, Integer> nonconformities) {
            return new Sample(sites, nonconformities);
        }

        /** What the audit visits on {@code day}, for the samples of later audits. */
        public List<Visit> visitsOn(LocalDate day) {
            return sites.stream().map(sampled -> new Visit(sampled.site().siteId(), day,
                    nonconformitiesFound.getOrDefault(sampled.site().siteId(), 0))).toList();
        }
    }

    static final String CENTRAL_FUNCTION = "central function, visited at every audit";
    static final String STAGE_1 = "central function, where stage 1 is held";
    static final String NOT_YET_VISITED = "not yet visited in this cycle";

    private SiteSampling() {
    }

    /**
     * The sample of {@code covered} (the certified sites, one of them the central function) for an audit of this type,
     * given the {@code visits} of the cycle's other audits.
     */
    public static Sample choose(AuditType type, List<Site> covered, Collection<Visit> visits) {
        List<Site> central = covered.stream().filter(Site::centralFunction).toList();
        if (central.size() != 1) {
            throw new IllegalArgumentException("exactly one central function among the sites, not " + central.size());
        }
        List<SampledSite> sample = new ArrayList<>();
        if (sampled(type)) {
            sample.add(new SampledSite(central.getFirst(), CENTRAL_FUNCTION));
            sample.addAll(others(type, covered, visits));
        } else if (type == AuditType.STAGE_1) {
            sample.add(new SampledSite(central.getFirst(), STAGE_1));
        } else {
            covered.stream().sorted(Comparator.comparing((Site site) -> !site.centralFunction()))
                    .forEach(site -> sample.add(new SampledSite(site, "every site: a " + type
                            + " audit is not sampled")));
        }
        return new Sample(sample);
    }

    /**
     * Why staff may not have an audit of this type visit the central function and {@code chosen} of the other
     * {@code covered} sites; empty when they may.
     */
    public static Optional<Refusal> checkChosen(AuditType type, List<Site> covered, Collection<UUID> chosen) {
        if (!sampled(type)) {
            return Optional.of(new Refusal(AUDIT_NOT_SAMPLED, "A " + type + " audit is not sampled: it visits "
                    + (type == AuditType.STAGE_1 ? "the central function" : "every site") + "."));
        }
        Set<UUID> others = covered.stream().filter(site -> !site.centralFunction()).map(Site::siteId)
                .collect(Collectors.toSet());
        List<UUID> unknown = chosen.stream().filter(id -> !others.contains(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            return Optional.of(new Refusal(SITE_NOT_COVERED, "Site(s) " + unknown + " are not among the sites the "
                    + "certification covers other than the central function, which every audit visits."));
        }
        int least = SampleSize.otherSitesToVisit(others.size(), type);
        long distinct = chosen.stream().distinct().count();
        if (distinct < least) {
            return Optional.of(new Refusal(SAMPLE_TOO_SMALL, "A " + type + " visits at least " + least + " of the "
                    + others.size() + " sites other than the central function; " + distinct + " chosen."));
        }
        return Optional.empty();
    }

    /** The central function and the other sites staff chose ({@link #checkChosen}), each with their justification. */
    public static Sample chosen(List<Site> covered, Collection<UUID> chosen, String justification, String by) {
        List<SampledSite> sample = new ArrayList<>();
        covered.stream().filter(Site::centralFunction)
                .forEach(site -> sample.add(new SampledSite(site, CENTRAL_FUNCTION)));
        covered.stream().filter(site -> !site.centralFunction() && chosen.contains(site.siteId()))
                .forEach(site -> sample.add(new SampledSite(site, "chosen by " + by + ": " + justification)));
        return new Sample(sample);
    }

    /** The audits whose other sites are sampled; stage 1 is held at the central function, the rest visit all. */
    private static boolean sampled(AuditType type) {
        return type == AuditType.STAGE_2 || type == AuditType.SURVEILLANCE || type == AuditType.RECERTIFICATION;
    }

    private static List<SampledSite> others(AuditType type, List<Site> covered, Collection<Visit> visits) {
        Map<UUID, LocalDate> lastVisit = new HashMap<>();
        Map<UUID, Integer> found = new HashMap<>();
        visits.forEach(visit -> {
            lastVisit.merge(visit.siteId(), visit.on(), (one, other) -> one.isAfter(other) ? one : other);
            found.merge(visit.siteId(), visit.nonconformities(), Integer::sum);
        });
        List<Site> others = covered.stream().filter(site -> !site.centralFunction()).toList();
        int count = SampleSize.otherSitesToVisit(others.size(), type);
        // not yet visited (no date) before any visited, then the most nonconformities, the longest ago, the most persons
        Comparator<Site> byRisk = Comparator
                .comparing((Site site) -> lastVisit.containsKey(site.siteId()))
                .thenComparing(Comparator.comparingInt((Site site) -> found.getOrDefault(site.siteId(), 0)).reversed())
                .thenComparing((Site site) -> lastVisit.get(site.siteId()),
                        Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()))
                .thenComparing(Comparator.comparingInt(Site::persons).reversed())
                .thenComparing(Site::name)
                .thenComparing(Site::siteId);
        double factor = SampleSize.factor(type);
        String share = (factor == 1.0 ? "" : factor + "·") + "√" + others.size() + " rounded up = " + count + " of "
                + others.size() + " other sites";
        return others.stream().sorted(byRisk).limit(count)
                .map(site -> new SampledSite(site, reason(lastVisit.get(site.siteId()),
                        found.getOrDefault(site.siteId(), 0), site) + "; " + share))
                .toList();
    }

    private static String reason(LocalDate lastVisit, int nonconformities, Site site) {
        return lastVisit == null ? NOT_YET_VISITED + ", " + site.persons() + " persons"
                : "highest risk: " + (nonconformities > 0 ? nonconformities + " nonconformity(ies) found in this "
                + "cycle, " : "") + "last visited " + lastVisit + ", " + site.persons() + " persons";
    }
}
