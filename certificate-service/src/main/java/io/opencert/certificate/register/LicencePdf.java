package io.opencert.certificate.register;

import io.opencert.certificate.licence.dto.LicenceView;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * The certificate issuance and right to use licence on A4 pages: who may use what, since when, under which terms. A
 * licence that is revoked, or whose certificate is not active, is marked so across every page ({@link StatusMark}).
 */
public final class LicencePdf {
    private final CertificationBody certificationBody;

    public LicencePdf(CertificationBody certificationBody) {
        this.certificationBody = certificationBody;
    }

    /** The licence as it reads at the download, when its certificate stands as {@code certificate} says. */
    public byte[] render(LicenceView licence, CurrentStatus certificate, String holder, String standardTitle) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle("Licence for certificate " + licence.certificateNumber());
            document.getDocumentInformation().setAuthor(certificationBody.name());
            try (PdfPage page = new PdfPage(document, StatusMark.ofLicence(licence, certificate))) {
                page.letterhead(certificationBody);
                page.skip(30);
                page.paragraph(page.bold, 18, licence.terms().title().toUpperCase(Locale.ROOT), PdfPage.WIDTH, true);
                page.skip(16);
                page.field("Licence holder", holder);
                page.field("Certificate", licence.certificateNumber());
                page.field("Standard", standardTitle);
                page.field("Granted on", licence.grantedOn().toString());
                page.field("Status", licence.status() + " since " + licence.statusSince());
                page.field("Terms", "version " + licence.terms().version() + ", effective from "
                        + licence.terms().effectiveFrom());
                page.skip(12);
                page.paragraph(page.regular, 10, licence.terms().text(), PdfPage.WIDTH, false);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("licence " + licence.id() + " could not be rendered", e);
        }
    }
}
