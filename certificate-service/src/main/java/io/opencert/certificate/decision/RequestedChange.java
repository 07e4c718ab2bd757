package io.opencert.certificate.decision;

import io.opencert.certificate.rules.DecisionKind;
import io.opencert.certificate.rules.ScopedSite;
import io.opencert.certificate.rules.SuspensionReason;
import io.opencert.events.model.Standard;

import java.util.List;
import java.util.UUID;

/**
 * The change of a certificate a decision is about, with the certificate as it was when the change was asked for:
 * a suspension names its reason; a scope reduction the reduced scope and, when sites leave, the sites that remain.
 */
public record RequestedChange(DecisionKind kind, String certificateNumber, String holderName, Standard standard,
                              UUID programmeId, SuspensionReason suspensionReason, String scope,
                              List<ScopedSite> sites) {
}
