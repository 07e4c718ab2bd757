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
 * Verification by number, the register's busiest question: one indexed read of one row, which keeps its sites'
 * public fields too (migration V1_5), without an entity session, since nothing is changed.
 */
@ApplicationScoped
public class PublicRegister {
    private static final String BY_NUMBER = """
            SELECT number, holder_name, standard, scope, status, status_since, original_certification_date,
                   issue_date, expiry_date, revision, site_names, site_cities, site_countries, site_scopes
            FROM certificate
            WHERE number = $1""";

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
        String[] names = row.getArrayOfStrings("site_names");
        if (names == null) {
            return List.of();
        }
        String[] cities = row.getArrayOfStrings("site_cities");
        String[] countries = row.getArrayOfStrings("site_countries");
        String[] scopes = row.getArrayOfStrings("site_scopes");
        String certificateScope = row.getString("scope");
        List<PublicSite> sites = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            sites.add(new PublicSite(names[i], cities[i], countries[i],
                    scopes[i] != null ? scopes[i] : certificateScope));
        }
        return List.copyOf(sites);
    }
}
