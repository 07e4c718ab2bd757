package io.opencert.certificate.register;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import io.opencert.certificate.certificate.dto.RevisionView;
import io.opencert.certificate.certificate.dto.SiteView;
import io.opencert.certificate.rules.CloudCertification;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Lays out one revision of a certificate as an A4 page with what ISO/IEC 17021-1 8.2.2 asks for: the CB's name,
 * address and mark (with its accreditation where it has one), holder and sites (a site's own scope where it differs
 * from the certificate's), standard and edition, scope, number and revision, original certification, issue and expiry
 * dates, and a QR code that opens the public verification page. A revision that is not valid at the download is
 * marked so across every page ({@link StatusMark}). Stateless and thread-safe.
 */
public final class CertificatePdf {
    public static final String MEDIA_TYPE = "application/pdf";

    private static final float QR_SIZE = 110;

    private final CertificationBody certificationBody;

    public CertificatePdf(CertificationBody certificationBody) {
        this.certificationBody = certificationBody;
    }

    /** The revision as it reads at the download, when the certificate stands as {@code status} says. */
    public byte[] render(RevisionView certificate, CurrentStatus status, String verificationUrl) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Certificate " + certificate.number() + " revision " + certificate.revision());
            info.setAuthor(certificationBody.name());
            try (PdfPage page = new PdfPage(document, StatusMark.ofCertificate(certificate, status))) {
                write(page, certificate, verificationUrl, qrCode(document, verificationUrl));
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("certificate " + certificate.number() + " could not be rendered", e);
        }
    }

    private void write(PdfPage page, RevisionView c, String url, PDImageXObject qr) throws IOException {
        page.letterhead(certificationBody);
        page.skip(30);
        page.centred(page.bold, 26, "CERTIFICATE");
        page.skip(14);
        page.centred(page.regular, 11, "This is to certify that the service management system of");
        page.skip(8);
        page.paragraph(page.bold, 16, c.holderName(), PdfPage.WIDTH, true);
        page.skip(4);
        for (SiteView site : c.sites()) {
            page.paragraph(page.regular, 10, (site.centralFunction() ? "Head office: " : "Site: ") + site.name() + ", "
                    + site.city() + ", " + site.country(), PdfPage.WIDTH, true);
            // a site certified for the certificate's scope needs no words of its own; the scope below covers it
            if (!site.scope().equals(c.scope())) {
                page.paragraph(page.regular, 9, "Scope at this site: " + site.scope(), PdfPage.WIDTH, true);
            }
        }
        page.skip(10);
        page.centred(page.regular, 11, "conforms to the requirements of");
        if (CloudCertification.isCloud(c.standard())) {
            // the technical report is guidance on applying ISO/IEC 20000-1 to cloud services, nothing to conform to
            page.centred(page.bold, 14, "ISO/IEC 20000-1");
            page.paragraph(page.regular, 10, "applied to the cloud services named below following the guidance of "
                    + c.standardTitle() + ", which adds no requirements of its own", PdfPage.WIDTH, true);
            page.skip(10);
            page.centred(page.regular, 11, "for the cloud services");
        } else {
            page.centred(page.bold, 14, c.standardTitle());
            page.skip(10);
            page.centred(page.regular, 11, "for the scope");
        }
        page.paragraph(page.bold, 12, c.scope(), PdfPage.WIDTH, true);
        page.skip(24);
        page.field("Certificate number", c.number());
        page.field("Revision", c.revision() + (c.revision() > 1 ? " (supersedes revision " + (c.revision() - 1) + ")" : ""));
        page.field("Original certification", c.originalCertificationDate().toString());
        page.field("Issue date", c.issueDate().toString());
        page.field("Valid until", c.expiryDate().toString());
        page.field("Certification cycle", Integer.toString(c.cycle()));

        float qrTop = PdfPage.MARGIN + QR_SIZE + 30;
        // the foot of the page, or of the next one where the text above reaches down to it
        page.moveTo(qrTop);
        page.content().drawImage(qr, PDRectangle.A4.getWidth() - PdfPage.MARGIN - QR_SIZE, qrTop - QR_SIZE, QR_SIZE, QR_SIZE);
        page.skip(10);
        page.line(page.regular, 9, "The validity of this certificate can be verified at");
        page.paragraph(page.regular, 9, url, PdfPage.WIDTH - QR_SIZE - 20, false);
        page.line(page.regular, 9, "or by scanning the QR code.");
        page.skip(8);
        page.line(page.regular, 8, "This certificate remains the property of " + certificationBody.name() + ". Its use is");
        page.line(page.regular, 8, "governed by the certificate issuance and right to use licence.");
    }

    private static PDImageXObject qrCode(PDDocument document, String url) throws IOException {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 300, 300,
                    Map.of(EncodeHintType.MARGIN, 2, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            return LosslessFactory.createFromImage(document, MatrixToImageWriter.toBufferedImage(matrix));
        } catch (WriterException e) {
            throw new IOException("QR code for " + url + " could not be made", e);
        }
    }
}
