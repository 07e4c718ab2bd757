package io.opencert.scheduling.technicalarea;

import io.opencert.commons.changelog.ChangeLog;
import io.opencert.commons.paging.Page;
import io.opencert.commons.paging.PageRequest;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.commons.problem.RuleViolation;
import io.opencert.scheduling.rules.ProgrammeRule;
import io.opencert.scheduling.technicalarea.dto.TechnicalAreaRequest;
import io.opencert.scheduling.technicalarea.dto.TechnicalAreaView;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** The catalogue of technical areas, kept by the administrator: added, retired, deleted only while unused. */
@ApplicationScoped
public class TechnicalAreaService {
    private static final String ENTITY = "TechnicalArea";

    private final TechnicalAreaRepository areas;
    private final ChangeLog changeLog;
    private final Clock clock;

    TechnicalAreaService(TechnicalAreaRepository areas, ChangeLog changeLog, Clock clock) {
        this.areas = areas;
        this.changeLog = changeLog;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<TechnicalAreaView> add(TechnicalAreaRequest request, String actor) {
        TechnicalArea area = new TechnicalArea(request.code(), request.title().strip(), request.iafCode());
        return areas.addIfAbsent(area, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .invoke(added -> {
                    if (added == 0) {
                        throw new RuleViolation(ProgrammeRule.TECHNICAL_AREA_ALREADY_CATALOGUED, request.code()
                                + " is in the catalogue already; a retired area stays there under its code.");
                    }
                })
                .call(() -> changeLog.record(actor, ENTITY, area.code(), "ADDED",
                        area.title() + " (IAF " + area.iafCode() + ")"))
                .map(ignored -> TechnicalAreaView.of(area));
    }

    @WithSession
    public Uni<Page<TechnicalAreaView>> list(PageRequest page) {
        return Page.of(areas.find("order by code"), page, TechnicalAreaView::of);
    }

    /** From today no new qualification or scope names the area; the qualifications and scopes that do keep it. */
    @WithTransaction
    public Uni<TechnicalAreaView> retire(String code, String actor) {
        return found(code).call(area -> {
            area.retire(LocalDate.now(clock));
            return changeLog.record(actor, ENTITY, code, "RETIRED", "from " + area.retiredOn());
        }).map(TechnicalAreaView::of);
    }

    /** Only an area nobody names goes, e.g. one added by mistake; one in use is retired instead. */
    @WithTransaction
    public Uni<Void> delete(String code, String actor) {
        return found(code).call(area -> areas.inUse(code).invoke(inUse -> {
            if (inUse) {
                throw new RuleViolation(ProgrammeRule.TECHNICAL_AREA_IN_USE, code + " is named by an auditor's "
                        + "qualification or a client's scope; retire it instead.");
            }
        })).call(areas::delete).call(() -> changeLog.record(actor, ENTITY, code, "DELETED", code)).replaceWithVoid();
    }

    /** Refuses codes the catalogue does not offer today: unknown ones, and retired ones. */
    @WithSession
    public Uni<Void> requireOffered(Collection<String> codes) {
        LocalDate today = LocalDate.now(clock);
        return areas.list("code in ?1", Set.copyOf(codes)).invoke(known -> {
            Set<String> missing = new TreeSet<>(codes);
            known.stream().filter(area -> area.offeredOn(today)).map(TechnicalArea::code).toList()
                    .forEach(missing::remove);
            if (!missing.isEmpty()) {
                throw new RuleViolation(ProgrammeRule.TECHNICAL_AREA_NOT_OFFERED, "The catalogue of technical areas "
                        + "does not offer " + String.join(", ", missing) + " (unknown or retired).");
            }
        }).replaceWithVoid();
    }

    private Uni<TechnicalArea> found(String code) {
        return areas.findById(code)
                .onItem().ifNull().failWith(() -> new NotFoundProblem("Technical area " + code + " not found."));
    }
}
