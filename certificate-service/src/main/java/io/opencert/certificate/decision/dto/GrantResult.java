package io.opencert.certificate.decision.dto;

import io.opencert.certificate.certificate.dto.CertificateView;

public record GrantResult(DecisionView decision, CertificateView certificate) {
}
