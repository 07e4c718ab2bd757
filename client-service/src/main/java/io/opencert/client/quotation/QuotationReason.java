package io.opencert.client.quotation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One number of the audit time calculation a quotation was made from, with its reason. */
@Embeddable
public class QuotationReason {
    @Column(nullable = false)
    public String item;

    @Column(nullable = false)
    public String value;

    @Column(nullable = false)
    public String reason;

    public QuotationReason() {
    }

    public QuotationReason(String item, String value, String reason) {
        this.item = item;
        this.value = value;
        this.reason = reason;
    }
}
