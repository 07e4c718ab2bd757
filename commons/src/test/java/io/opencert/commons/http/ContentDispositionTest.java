package io.opencert.commons.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentDispositionTest {
    @Test
    void anyFileNameBecomesAHeaderThatCannotBreakOrBeInjected() {
        assertThat(ContentDisposition.attachment("Łódź \"server room\".pdf")).isEqualTo(
                "attachment; filename=\"__d_ _server room_.pdf\"; filename*=UTF-8''%C5%81%C3%B3d%C5%BA%20%22server%20room%22.pdf");
        assertThat(ContentDisposition.inline("photo\r\nSet-Cookie: x=1.jpg"))
                .doesNotContain("\r", "\n")
                .startsWith("inline; filename=\"photo__Set-Cookie: x=1.jpg\"; filename*=UTF-8''photo%0D%0ASet-Cookie%3A%20x%3D1.jpg");
        assertThat(ContentDisposition.inline("Ελλάδα.png")).endsWith("filename*=UTF-8''%CE%95%CE%BB%CE%BB%CE%AC%CE%B4%CE%B1.png");
    }
}
