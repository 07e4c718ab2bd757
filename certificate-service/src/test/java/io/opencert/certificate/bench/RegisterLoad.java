package io.opencert.certificate.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Fills an empty register with {@code n} certificates as years of daily runs would have left it, in a few set-based
 * statements: decisions spread evenly over the last four years (so a quarter of the register has expired), 3 %
 * suspended and 3 % withdrawn of the rest, a third in their second cycle, one to three sites each (some with a scope of
 * their own), each with its decision, current revision and licence, and the expiry notices sent on earlier days.
 * What the daily jobs find due today is what one day brings: the certificates whose last valid day was yesterday,
 * the suspensions that ended yesterday and the notices of the certificates 90, 60 and 30 days before expiry.
 */
final class RegisterLoad {

    static void load(Connection db, int n) throws SQLException {
        try (Statement sql = db.createStatement()) {
            // consistent by construction; the foreign keys between decision and certificate point both ways
            sql.execute("SET session_replication_role = replica");
            for (String statement : statements(n)) {
                sql.execute(statement);
            }
            sql.execute("SET session_replication_role = DEFAULT");
            // a register that has run for years is vacuumed: without this, autovacuum of the new rows runs during the
            // measurement, and the checkpoint writes their pages
            sql.execute("VACUUM (FREEZE, ANALYZE)");
            sql.execute("CHECKPOINT");
        }
    }

    private static List<String> statements(int n) {
        return List.of("""
                CREATE TEMP TABLE register AS
                SELECT i, d.decided_on, e.expiry, k.cycle, k.original, k.standard, st.status, since.status_since,
                       CASE st.status WHEN 'SUSPENDED' THEN (since.status_since + interval '6 months')::date
                           END AS suspended_until,
                       md5('certificate-' || i)::uuid AS id, md5('decision-' || i)::uuid AS decision_id,
                       md5('audit-' || i)::uuid AS audit_id, md5('programme-' || i)::uuid AS programme_id,
                       md5('client-' || i)::uuid AS client_id,
                       (ARRAY['Alpine', 'Nordlicht', 'Danube', 'Bergwerk', 'Kestrel', 'Meridian', 'Quokka', 'Lindwurm',
                              'Helios', 'Baltic'])[1 + i % 10]
                           || ' ' || (ARRAY['IT Services', 'Cloud Solutions', 'Data Centres', 'Managed Services',
                                            'Hospital IT', 'Service Desk'])[1 + (i / 10) % 6]
                           || ' ' || i || ' ' || (ARRAY['GmbH', 'AG', 'KG', 'Ltd', 'S.A.'])[1 + (i / 60) % 5] AS holder,
                       (ARRAY['Operation of IT services for hospitals',
                              'Design, transition and operation of cloud hosting services',
                              'Service desk, incident and change management for public administrations',
                              'Managed network and workplace services for small and medium enterprises',
                              'Operation of data centre and colocation services'])[1 + i % 5] AS scope
                FROM generate_series(1, {n}) AS i,
                     LATERAL (SELECT current_date - ((i::bigint * 7919) % 1461)::int AS decided_on) AS d,
                     LATERAL (SELECT (d.decided_on + interval '3 years' - interval '1 day')::date AS expiry) AS e,
                     LATERAL (SELECT CASE WHEN (i * 53) % 100 < 33 THEN 2 ELSE 1 END AS cycle,
                                     CASE WHEN (i * 53) % 100 < 33 THEN (d.decided_on - interval '3 years')::date
                                          ELSE d.decided_on END AS original,
                                     CASE WHEN i % 10 = 9 THEN 'ISO_IEC_20000_1_2011'
                                          ELSE 'ISO_IEC_20000_1_2018' END AS standard) AS k,
                     -- yesterday's run expired everything whose last valid day was before yesterday
                     LATERAL (SELECT CASE WHEN e.expiry < current_date - 1 THEN 'EXPIRED'
                                          WHEN (i * 37) % 100 < 3 THEN 'SUSPENDED'
                                          WHEN (i * 37) % 100 < 6 THEN 'WITHDRAWN'
                                          ELSE 'ACTIVE' END AS status) AS st,
                     -- suspensions run 6 months; those that ended before yesterday were withdrawals already
                     LATERAL (SELECT CASE st.status
                                         WHEN 'EXPIRED' THEN e.expiry + 1
                                         WHEN 'ACTIVE' THEN d.decided_on
                                         WHEN 'SUSPENDED' THEN greatest(d.decided_on,
                                             ((current_date - 1) - interval '6 months')::date + i % 180)
                                         ELSE greatest(d.decided_on, current_date - i % 700) END AS status_since) AS since
                """.replace("{n}", Integer.toString(n)), """
                INSERT INTO certification_decision (id, version, status, audit_id, client_id, audit,
                    open_major_nonconformities, opened_at, decided_by, decided_at, decision_date, rationale,
                    certificate_id, kind)
                SELECT decision_id, 0, 'GRANTED', audit_id, client_id,
                       jsonb_build_object('auditId', audit_id, 'programmeId', programme_id, 'clientId', client_id,
                           'clientName', holder, 'type', CASE cycle WHEN 1 THEN 'STAGE_2' ELSE 'RECERTIFICATION' END,
                           'standards', jsonb_build_array(standard), 'scope', scope, 'sites', '[]'::jsonb,
                           'team', '[]'::jsonb, 'findingCounts', '{}'::jsonb, 'openMajorNonconformities', 0,
                           'lastDayOnSite', decided_on - 14, 'recommendation', 'CERTIFY',
                           'completedAt', (decided_on - 10) + time '16:00'),
                       0, (decided_on - 10) + time '16:00', 'decider', decided_on + time '12:00', decided_on,
                       'The audit evidence supports the grant.', id,
                       CASE cycle WHEN 1 THEN 'CERTIFICATION' ELSE 'RENEWAL' END
                FROM register
                """, """
                INSERT INTO certificate_site (certificate_id, position, site_id, name, city, country, central_function,
                                              persons, scope)
                SELECT r.id, p, md5('site-' || r.i || '-' || p)::uuid,
                       (ARRAY['Head office', 'Data centre', 'Service desk'])[1 + p],
                       (ARRAY['Vienna', 'Graz', 'Linz', 'Munich', 'Zurich', 'Berlin', 'Salzburg'])[1 + (r.i + p) % 7],
                       (ARRAY['AT', 'AT', 'AT', 'DE', 'CH', 'DE', 'AT'])[1 + (r.i + p) % 7],
                       p = 0, 5 + (r.i * (p + 3)) % 120,
                       CASE WHEN p > 0 AND r.i % 10 = 0 THEN 'Hosting of the services named in the scope' END
                FROM register r, generate_series(0, r.i % 3) AS p
                """, """
                INSERT INTO certificate (id, version, number, revision, status, client_id, holder_name, standard, scope,
                    decision_id, audit_id, programme_id, original_certification_date, issue_date, expiry_date,
                    issued_at, status_since, suspension_reason, suspended_until, status_note, cycle, site_names,
                    site_cities, site_countries, site_scopes)
                SELECT id, 0, 'CB-' || extract(year FROM original) || '-' || lpad(i::text, greatest(7, length(i::text)), '0'),
                       cycle, status, client_id, holder, standard, scope, decision_id, audit_id, programme_id,
                       original, decided_on, expiry, decided_on + time '12:00', status_since,
                       CASE WHEN status = 'SUSPENDED' THEN 'CLIENT_REQUEST' END, suspended_until,
                       CASE WHEN status <> 'ACTIVE' THEN 'loaded' END, cycle, s.names, s.cities, s.countries, s.scopes
                FROM register r,
                     -- what the triggers on certificate_site keep there; the load runs with triggers off
                     LATERAL (SELECT array_agg(name ORDER BY position) AS names,
                                     array_agg(city ORDER BY position) AS cities,
                                     array_agg(country ORDER BY position) AS countries,
                                     array_agg(scope ORDER BY position) AS scopes
                              FROM certificate_site WHERE certificate_id = r.id) AS s
                """, """
                SELECT setval('certificate_number_seq', {n})
                """.replace("{n}", Integer.toString(n)), """
                INSERT INTO certificate_revision (id, certificate_id, revision, cycle, reason, holder_name, standard,
                    scope, original_certification_date, issue_date, expiry_date, issued_at, issued_by)
                SELECT md5('revision-' || i)::uuid, id, cycle, cycle,
                       CASE cycle WHEN 1 THEN 'INITIAL' ELSE 'RENEWAL' END, holder, standard, scope, original,
                       decided_on, expiry, decided_on + time '12:00', 'decider'
                FROM register
                """, """
                INSERT INTO certificate_revision_site (revision_id, position, site_id, name, city, country,
                                                       central_function, persons, scope)
                SELECT md5('revision-' || r.i)::uuid, s.position, s.site_id, s.name, s.city, s.country,
                       s.central_function, s.persons, s.scope
                FROM register r JOIN certificate_site s ON s.certificate_id = r.id
                """, """
                INSERT INTO licence (id, version, certificate_id, certificate_number, client_id, terms_version, status,
                                     granted_on, status_since)
                SELECT md5('licence-' || r.i)::uuid, 0, r.id, c.number, r.client_id, 1,
                       CASE r.status WHEN 'ACTIVE' THEN 'GRANTED' ELSE 'REVOKED' END, r.original, r.status_since
                FROM register r JOIN certificate c ON c.id = r.id
                """, """
                INSERT INTO expiry_notice (id, certificate_id, expiry_date, days_before_expiry, notice_date, sent_at)
                SELECT md5('notice-' || r.i || '-' || days)::uuid, r.id, r.expiry, days, r.expiry - days,
                       (r.expiry - days) + time '02:15'
                FROM register r, unnest(ARRAY[90, 60, 30]) AS days
                WHERE r.expiry - days < current_date AND r.expiry - days >= r.decided_on
                """, """
                DROP TABLE register
                """);
    }

    private RegisterLoad() {
    }
}
