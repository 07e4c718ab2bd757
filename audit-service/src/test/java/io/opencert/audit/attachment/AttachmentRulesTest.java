package io.opencert.audit.attachment;

import io.opencert.audit.attachment.AttachmentRules.Refusal;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AttachmentRulesTest {
    private static final AttachmentRules RULES = new AttachmentRules(16, Set.of("image/jpeg", "image/png", "application/pdf"));
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
    private static final byte[] PDF = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void photosAndPdfsOfTheirTypeAreTaken() {
        assertThat(RULES.check("image/jpeg", JPEG)).isEmpty();
        assertThat(RULES.check("image/png", PNG)).isEmpty();
        assertThat(RULES.check("application/pdf", PDF)).isEmpty();
    }

    @Test
    void theSizeLimitIsInclusive() {
        byte[] atLimit = new byte[16];
        System.arraycopy(PDF, 0, atLimit, 0, PDF.length);
        assertThat(RULES.check("application/pdf", atLimit)).isEmpty();
        assertThat(RULES.check("application/pdf", new byte[17])).contains(Refusal.TOO_LARGE);
    }

    @Test
    void otherTypesAndMissingTypesAreRefused() {
        assertThat(RULES.check("text/html", PDF)).contains(Refusal.TYPE_NOT_ALLOWED);
        assertThat(RULES.check(null, PDF)).contains(Refusal.TYPE_NOT_ALLOWED);
    }

    @Test
    void contentThatIsNotWhatItsTypeSaysIsRefused() {
        assertThat(RULES.check("image/png", JPEG)).contains(Refusal.CONTENT_NOT_OF_TYPE);
        assertThat(RULES.check("application/pdf", new byte[]{'%', 'P'})).contains(Refusal.CONTENT_NOT_OF_TYPE);
    }

    @Test
    void nothingIsNoAttachment() {
        assertThat(RULES.check("image/jpeg", new byte[0])).contains(Refusal.EMPTY);
    }
}
