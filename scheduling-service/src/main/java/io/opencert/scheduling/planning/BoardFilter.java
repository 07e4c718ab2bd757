package io.opencert.scheduling.planning;

import io.opencert.events.model.AuditType;
import io.opencert.scheduling.web.QueryParameter;
import jakarta.ws.rs.QueryParam;

import java.time.LocalDate;
import java.util.UUID;

/** {@code ?type=SURVEILLANCE&clientId=...&dueBefore=2028-01-01}: all optional. */
public class BoardFilter {
    @QueryParam("type")
    String type;

    @QueryParam("clientId")
    String clientId;

    /** Only audits due on or before this day. */
    @QueryParam("dueBefore")
    String dueBefore;

    AuditType type() {
        return QueryParameter.parse("type", type, AuditType::valueOf, "an audit type such as SURVEILLANCE");
    }

    UUID clientId() {
        return QueryParameter.parse("clientId", clientId, UUID::fromString, "a UUID");
    }

    LocalDate dueBefore() {
        return QueryParameter.parse("dueBefore", dueBefore, LocalDate::parse, "a date as yyyy-MM-dd");
    }
}
