package io.opencert.certificate.register;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/**
 * The certification body as its certificates and licences name it ({@code cb.certification-body.*}): name and address,
 * and its accreditation where it has one for the certificates it issues.
 */
@ConfigMapping(prefix = "cb.certification-body")
public interface CertificationBody {
    String name();

    /** The postal address, on one line. */
    String address();

    Accreditation accreditation();

    /** Printed only as far as configured: a body without accreditation prints nothing about it. */
    interface Accreditation {
        /** The accreditation body, e.g. the national one. */
        Optional<String> body();

        Optional<String> number();

        /** The text of the accreditation mark, printed in a frame beside the body's own mark. */
        Optional<String> mark();
    }
}
