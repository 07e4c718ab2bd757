package io.opencert.certificate.complaint.dto;

/**
 * What the complainant gets back: the reference to quote, and the token (also in {@code statusPage}) with which anyone
 * holding it can follow the complaint's status; it is shown once and cannot be looked up again.
 */
public record FiledComplaint(String reference, String trackingToken, String statusPage) {
    public static FiledComplaint of(ComplaintView complaint) {
        return new FiledComplaint(complaint.reference(),
                complaint.statusPage().substring(complaint.statusPage().lastIndexOf('/') + 1), complaint.statusPage());
    }
}
