package io.opencert.certificate.certsearch.dto;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Gives ({@code consented} true) or withdraws the consent; the note says on what, e.g. the signed form. */
public record ConsentRequest(@NotNull Boolean consented, @Size(max = 2000) String note) {
}
