package io.opencert.client.calculation;

import io.opencert.client.audittime.Adjustment;
import io.opencert.client.audittime.AuditTimeCalculator;
import io.opencert.client.audittime.AuditTimeInput;
import io.opencert.client.audittime.AuditTimeRule;
import io.opencert.client.audittime.AuditTimeTable;
import io.opencert.client.audittime.Calculation;
import io.opencert.client.calculation.dto.AuditTimeTableView;
import io.opencert.client.calculation.dto.CalculationRequest;
import io.opencert.client.calculation.dto.CalculationView;
import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.problem.InvalidInput;
import io.opencert.commons.problem.Problem;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.commons.security.CurrentUser;
import io.opencert.events.model.Standard;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/** Audit time with the table in force; cb-admin replaces the table by a new version. */
@ApplicationScoped
public class AuditTimeService {
    static final String TABLE = "AuditTimeTable";

    private final AuditTimeTableRepository tables;
    private final ChangeLog changeLog;
    private final CurrentUser user;
    private final Clock clock;
    private final BigDecimal stage1Share;
    private final BigDecimal cloudShare;
    private final BigDecimal minimumOnSiteShare;

    AuditTimeService(AuditTimeTableRepository tables, ChangeLog changeLog, CurrentUser user, Clock clock,
                     @ConfigProperty(name = "cb.audit-time.stage-1-share") BigDecimal stage1Share,
                     @ConfigProperty(name = "cb.audit-time.cloud-share") BigDecimal cloudShare,
                     @ConfigProperty(name = "cb.audit-time.minimum-on-site-share") BigDecimal minimumOnSiteShare) {
        this.tables = tables;
        this.changeLog = changeLog;
        this.user = user;
        this.clock = clock;
        this.stage1Share = stage1Share;
        this.cloudShare = cloudShare;
        this.minimumOnSiteShare = minimumOnSiteShare;
    }

    @WithSession
    public Uni<AuditTimeTable> currentTable() {
        return tables.latest().map(found -> found.map(AuditTimeTableVersion::table).orElse(AuditTimeTable.iafMd5()));
    }

    /** The next version of the table; quotations already made keep the version they were calculated with. */
    @WithTransaction
    public Uni<AuditTimeTableView> replaceTable(AuditTimeTableView replacement) {
        return currentTable().flatMap(current -> {
            AuditTimeTableVersion next = new AuditTimeTableVersion();
            next.version = current.version() + 1;
            next.personsPerExtraDay = replacement.personsPerExtraDay();
            replacement.bands().forEach(band -> next.bands.add(new AuditTimeTableVersion.Band(band.maxPersons(),
                    band.days())));
            AuditTimeTable table;
            try {
                table = next.table();
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("bands", e.getMessage());
            }
            next.createdAt = clock.instant();
            next.createdBy = user.username();
            return tables.persist(next)
                    .call(() -> changeLog.record(user.username(), TABLE, next.version, "replaced",
                            "version " + current.version() + " -> " + next.version + ", " + next.bands.size()
                                    + " bands, 1 day per further " + next.personsPerExtraDay + " persons"))
                    .map(ignored -> AuditTimeTableView.of(table));
        });
    }

    @WithSession
    public Uni<CalculationView> calculate(CalculationRequest request) {
        return calculate(input(request.sites().stream().map(site -> new AuditTimeInput.SiteInput(site.name().strip(),
                        site.centralFunction(), site.persons())).toList(),
                adjustments(request.adjustments()), request.standards())).map(CalculationView::of);
    }

    /** The calculation with the table in force; a rule the facts break answers 409 naming the rule and the field. */
    @WithSession
    public Uni<Calculation> calculate(AuditTimeInput input) {
        return currentTable().map(table -> refusing(() ->
                new AuditTimeCalculator(table, stage1Share, cloudShare, minimumOnSiteShare)
                .calculate(input)));
    }

    /** The facts as calculator input; facts that break a rule of audit time answer 409 naming it. */
    public static AuditTimeInput input(List<AuditTimeInput.SiteInput> sites, List<Adjustment> adjustments,
                                       Set<Standard> standards) {
        return refusing(() -> new AuditTimeInput(sites, adjustments, standards));
    }

    public static List<Adjustment> adjustments(List<CalculationRequest.AdjustmentRequest> requests) {
        return requests == null ? List.of() : refusing(() -> requests.stream()
                .map(adjustment -> new Adjustment(adjustment.factor(), adjustment.percent(),
                        adjustment.justification().strip()))
                .toList());
    }

    private static <T> T refusing(Supplier<T> calculation) {
        try {
            return calculation.get();
        } catch (AuditTimeRule refused) {
            throw new RuleViolation(refused.rule(), refused.getMessage(),
                    List.of(new Problem.Violation(refused.field(), refused.getMessage())));
        }
    }
}
