package io.opencert.audit.nonconformity.dto;

import jakarta.validation.constraints.Size;

/** The audit team's note on the client's answer; a returned answer needs one (what is missing). */
public record ReviewNote(@Size(max = 10_000) String note) {
}
