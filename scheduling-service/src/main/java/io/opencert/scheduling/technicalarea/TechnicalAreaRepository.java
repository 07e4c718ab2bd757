package io.opencert.scheduling.technicalarea;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.OffsetDateTime;

@ApplicationScoped
public class TechnicalAreaRepository implements PanacheRepositoryBase<TechnicalArea, String> {

    /** Whether a qualification of any auditor, or the scope of any programme, names the area. */
    public Uni<Boolean> inUse(String code) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        select exists (select 1 from auditor a
                                       where jsonb_path_exists(a.competence,
                                               '$.qualifications[*].technicalAreas[*] ? (@ == $code)',
                                               jsonb_build_object('code', cast(:code as text))))
                            or exists (select 1 from audit_programme p
                                       where jsonb_exists(cast(p.technical_areas as jsonb), cast(:code as text)))
                        """, Boolean.class)
                .setParameter("code", code)
                .getSingleResult());
    }

    /** Adds the area unless the catalogue has it already (retired or not); several replicas may start at once. */
    public Uni<Integer> addIfAbsent(TechnicalArea area, OffsetDateTime now) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("""
                        insert into technical_area (code, title, iaf_code, added_at)
                        values (:code, :title, :iafCode, :now) on conflict (code) do nothing
                        """)
                .setParameter("code", area.code())
                .setParameter("title", area.title())
                .setParameter("iafCode", area.iafCode())
                .setParameter("now", now)
                .executeUpdate());
    }
}
