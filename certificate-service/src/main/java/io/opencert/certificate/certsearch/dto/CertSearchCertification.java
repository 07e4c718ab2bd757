package io.opencert.certificate.certsearch.dto;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/**
 * One certification as IAF CertSearch takes it, the fields named as in its certification template (docs/certsearch.md).
 * A withdrawn consent yields a deletion: status {@code Deleted}, the identity, number and holder id, nothing else.
 */
public record CertSearchCertification(
        @JsonProperty("certification_identity_number") String certificationIdentityNumber,
        @JsonProperty("certificate_number") String certificateNumber,
        @JsonProperty("certification_status") String certificationStatus,
        @JsonProperty("accreditation_status") String accreditationStatus,
        @JsonProperty("accreditation_body_name") String accreditationBodyName,
        @JsonProperty("certification_body_name") String certificationBodyName,
        @JsonProperty("certification_type") String certificationType,
        @JsonProperty("standards_and_schemes") String standardsAndSchemes,
        @JsonProperty("certification_scope") String certificationScope,
        @JsonProperty("sector_code") String sectorCode,
        @JsonProperty("sector_name") String sectorName,
        @JsonProperty("certification_original_issue_date") LocalDate certificationOriginalIssueDate,
        @JsonProperty("certification_issue_date") LocalDate certificationIssueDate,
        @JsonProperty("certification_expiry_date") LocalDate certificationExpiryDate,
        @JsonProperty("certified_entity_unique_id") String certifiedEntityUniqueId,
        @JsonProperty("certified_entity_name") String certifiedEntityName,
        @JsonProperty("certified_entity_country") String certifiedEntityCountry,
        @JsonProperty("certified_entity_city") String certifiedEntityCity,
        @JsonProperty("certification_sites") List<Site> certificationSites) {

    /** A certified site, with its own scope or the certificate's. */
    @Schema(name = "CertSearchSite")
    public record Site(@JsonProperty("site_name") String siteName,
                       @JsonProperty("site_city") String siteCity,
                       @JsonProperty("site_country") String siteCountry,
                       @JsonProperty("site_scope") String siteScope) {
    }
}
