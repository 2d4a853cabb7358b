package com.clinicchain.patient.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.clinicchain.kit.problem.ProblemException;

class ETagsTest {

    @Test
    void theETagIsTheQuotedVersionAndProxiesMayWeakenIt() {
        assertThat(ETags.of(3)).isEqualTo("\"3\"");
        assertThat(ETags.version("\"3\"")).isEqualTo(3);
        assertThat(ETags.version(" W/\"12\" ")).isEqualTo(12);
    }

    @Test
    void anythingElseIsBadInputNotAStaleVersion() {
        for (String bad : new String[] {"*", "\"\"", "\"-1\"", "\"abc\"", "\"99999999999\""}) {
            assertThatThrownBy(() -> ETags.version(bad)).isInstanceOf(ProblemException.class)
                    .hasMessageContaining("If-Match");
        }
    }
}
