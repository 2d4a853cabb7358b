package com.clinicchain.staffweb.layout;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.expression.spel.standard.SpelExpressionParser;

class WordsTest {

    @Test
    void codesReadAsWords() {
        assertThat(Words.of("GLABELLAR_LINES")).isEqualTo("glabellar lines");
        assertThat(Words.of("NEVER_GIVEN")).isEqualTo("never given");
        assertThat(Words.of(null)).isEmpty();
    }

    @Test
    void aSentenceStartsWithACapital() {
        assertThat(Words.sentence("EYELID_PTOSIS")).isEqualTo("Eyelid ptosis");
        assertThat(Words.dose("GLABELLAR_LINES", 20)).isEqualTo("Glabellar lines 20 U");
        assertThat(Words.capitalised("reason must not be blank")).isEqualTo("Reason must not be blank");
        assertThat(Words.capitalised("")).isEmpty();
        assertThat(Words.capitalised(null)).isEmpty();
    }

    @Test
    void daysToExpiryReadAsWords() {
        assertThat(Words.daysLeft(12)).isEqualTo("12 days left");
        assertThat(Words.daysLeft(1)).isEqualTo("1 day left");
        assertThat(Words.daysLeft(0)).isEqualTo("expires today");
        assertThat(Words.daysLeft(-1)).isEqualTo("expired yesterday");
        assertThat(Words.daysLeft(-3)).isEqualTo("expired 3 days ago");
    }

    /** Templates reach the helper as the bean {@code @words}: Spring's expression language calls its methods. */
    @Test
    void templatesCanCallIt() {
        Object value = new SpelExpressionParser().parseExpression("sentence('REPEAT_REMINDER')").getValue(new Words());

        assertThat(value).isEqualTo("Repeat reminder");
    }
}
