package io.opencert.commons.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ControlCharactersTest {

    @Test
    void textMayHaveSeveralLinesAndTabsButNoOtherControlCharacter() {
        assertThat(ControlCharacters.in("Change CHG-1042:\r\n\tdeployed without approval; Łódź, Ελλάδα")).isFalse();
        assertThat(ControlCharacters.in("before\u0000after")).isTrue();
        assertThat(ControlCharacters.in("bell\u0007")).isTrue();
        assertThat(ControlCharacters.in("escape\u001b[31m")).isTrue();
        assertThat(ControlCharacters.in("delete\u007f")).isTrue();
        assertThat(ControlCharacters.in("C1\u0085")).isTrue();
    }

    @Test
    void aLineHasNoControlCharacterAtAll() {
        assertThat(ControlCharacters.inLine("Alpha Services Ltd")).isFalse();
        assertThat(ControlCharacters.inLine("Alpha\nServices")).isTrue();
        assertThat(ControlCharacters.inLine("Alpha\tServices")).isTrue();
    }
}
