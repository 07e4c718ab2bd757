package io.opencert.certificate.register;

import io.opencert.certificate.licence.dto.LicenceView;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

/** The certificate issuance and right to use licence as an A4 page: who may use what, since when, under which terms. */
public final class LicencePdf {
    private final String certificationBody;

    public LicencePdf(String certificationBody) {
        this.certificationBody = certificationBody;
    }

    public byte[] render(LicenceView licence, String holder, String standardTitle) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle("Licence for certificate " + licence.certificateNumber());
            document.getDocumentInformation().setAuthor(certificationBody);
            PDPage pdfPage = new PDPage(PDRectangle.A4);
            document.addPage(pdfPage);
            try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
                PdfPage page = new PdfPage(content);
                page.mark();
                page.line(page.bold, 14, certificationBody);
                page.skip(40);
                page.centred(page.bold, 18, licence.terms().title().toUpperCase(Locale.ROOT));
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
