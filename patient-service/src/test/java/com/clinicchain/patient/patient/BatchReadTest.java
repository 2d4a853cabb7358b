package com.clinicchain.patient.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.patient.audit.AccessOutcome;

class BatchReadTest {

    private static final UUID A = UUID.fromString("00000000-0000-4000-8000-00000000000a");
    private static final UUID B = UUID.fromString("00000000-0000-4000-8000-00000000000b");
    private static final UUID C = UUID.fromString("00000000-0000-4000-8000-00000000000c");

    @Test
    void idsKeepTheOrderAskedOnceEach() {
        assertThat(BatchRead.of(List.of(B.toString(), " " + A + " ", B.toString().toUpperCase())).ids())
                .containsExactly(B, A);
    }

    @Test
    void noneTooManyOrAMalformedIdIsA400NamingIds() {
        List<String> hundredAndOne = new ArrayList<>(Collections.nCopies(101, A.toString()));
        for (List<String> bad : List.of(List.<String>of(), List.of(" "), hundredAndOne, List.of(A.toString(), "x"),
                List.of("1-2-3-4-5"))) {
            assertThatThrownBy(() -> BatchRead.of(bad)).isInstanceOfSatisfying(ProblemException.class,
                    e -> assertThat(e.toProblemDetail().getProperties().get("errors").toString()).contains("ids"));
        }
        assertThatThrownBy(() -> BatchRead.of(null)).isInstanceOf(ProblemException.class);
        assertThat(BatchRead.of(hundredAndOne.subList(0, 100)).ids()).containsExactly(A);
    }

    @Test
    void eachIdIsShownOrAbsentAsItsOwnReadWouldBe() {
        BatchRead batch = BatchRead.of(List.of(C.toString(), A.toString(), B.toString()));
        assertThat(batch.outcomes(Set.of(A, B), Set.of(A))).containsExactly(
                java.util.Map.entry(C, AccessOutcome.NOT_FOUND), java.util.Map.entry(A, AccessOutcome.ALLOWED),
                java.util.Map.entry(B, AccessOutcome.DENIED));
    }
}
