package io.opencert.commons.http;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestPathsTest {
    @Test
    void everySpellingOfAPathReadsAsThePlainOne() {
        assertThat(RequestPaths.canonical("/api;x=1/v1/public/certificates")).isEqualTo("/api/v1/public/certificates");
        assertThat(RequestPaths.canonical("//api/v1/%70ublic;v=2/certificates/")).isEqualTo("/api/v1/public/certificates");
        assertThat(RequestPaths.canonical("/register;jsessionid=1")).isEqualTo("/register");
        assertThat(RequestPaths.canonical("/a%2Bb+c")).isEqualTo("/a+b+c");
        assertThat(RequestPaths.canonical("/bad%zz")).isEqualTo("/bad%zz");
        assertThat(RequestPaths.canonical("/")).isEqualTo("/");
    }
}
