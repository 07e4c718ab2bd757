package io.opencert.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordsTest {

    @Test
    void aShortTextStaysAsItIsOnOneLine() {
        assertThat(Words.shortened("  CHG-1042 was deployed\nwithout   approval. ", 200))
                .isEqualTo("CHG-1042 was deployed without approval.");
    }

    @Test
    void aLongTextIsCutAtTheEndOfAWordWithAnEllipsis() {
        String shortened = Words.shortened("No service continuity plan was tested since the last audit", 30);

        assertThat(shortened).isEqualTo("No service continuity plan\u2026").hasSizeLessThanOrEqualTo(30);
    }

    @Test
    void aTextWithoutSpacesIsCutWithinTheWord() {
        assertThat(Words.shortened("x".repeat(50), 20)).isEqualTo("x".repeat(19) + "\u2026");
    }
}
