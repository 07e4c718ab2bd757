package io.opencert.certificate.register;

import io.opencert.certificate.certificate.CertificateStatus;
import io.opencert.certificate.register.PublicCertificate.PublicSite;
import io.opencert.commons.problem.NotFoundProblem;
import io.opencert.events.model.Standard;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Verification by number, the register's busiest question: one indexed query that reads the public fields of the
 * certificate and its sites together, without an entity session, since nothing is changed.
 */
@ApplicationScoped
public class PublicRegister {
    private static final String BY_NUMBER = """
            SELECT c.number, c.holder_name, c.standard, c.scope, c.status, c.status_since,
                   c.original_certification_date, c.issue_date, c.expiry_date, c.revision,
                   s.names, s.cities, s.countries, s.scopes
            FROM certificate c
            LEFT JOIN LATERAL (
                SELECT array_agg(cs.name ORDER BY cs.position) AS names,
                       array_agg(cs.city ORDER BY cs.position) AS cities,
                       array_agg(cs.country ORDER BY cs.position) AS countries,
                       array_agg(coalesce(cs.scope, c.scope) ORDER BY cs.position) AS scopes
                FROM certificate_site cs
                WHERE cs.certificate_id = c.id) s ON true
            WHERE c.number = $1""";

    private final Pool database;

    PublicRegister(Pool database) {
        this.database = database;
    }

    /** The certificate with this number, whatever its case; 404 when the register has none. */
    public Uni<PublicCertificate> byNumber(String number) {
        return database.preparedQuery(BY_NUMBER).execute(Tuple.of(number.strip().toUpperCase(Locale.ROOT)))
                .map(rows -> {
                    RowIterator<Row> found = rows.iterator();
                    if (!found.hasNext()) {
                        throw new NotFoundProblem("No certificate with the number " + number + " is in the register.");
                    }
                    return entry(found.next());
                });
    }

    private static PublicCertificate entry(Row row) {
        return new PublicCertificate(row.getString("number"), row.getString("holder_name"),
                Standard.valueOf(row.getString("standard")).title(), row.getString("scope"),
                CertificateStatus.valueOf(row.getString("status")), row.getLocalDate("status_since"),
                row.getLocalDate("original_certification_date"), row.getLocalDate("issue_date"),
                row.getLocalDate("expiry_date"), row.getInteger("revision"), sites(row));
    }

    private static List<PublicSite> sites(Row row) {
        String[] names = row.getArrayOfStrings("names");
        if (names == null) {
            return List.of();
        }
        String[] cities = row.getArrayOfStrings("cities");
        String[] countries = row.getArrayOfStrings("countries");
        String[] scopes = row.getArrayOfStrings("scopes");
        List<PublicSite> sites = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            sites.add(new PublicSite(names[i], cities[i], countries[i], scopes[i]));
        }
        return List.copyOf(sites);
    }
}
