package com.clinicchain.treatment.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.problem.ProblemException.FieldError;

/** The edge from the rules' values to problems: the status, the type and every field, as clients read them. */
class RefusalsTest {

    @Test
    void invalidFieldsAreOneBadRequestNamingEachField() {
        Checked<String> refused = Checked.refused(List.of(new InvalidField("areas[0].area", "is planned twice"),
                new InvalidField("expectedUnits", "must be positive")));
        assertThatThrownBy(() -> Refusals.orBadRequest(refused)).isInstanceOfSatisfying(ProblemException.class, p -> {
            assertThat(p.status().value()).isEqualTo(400);
            assertThat(p.toProblemDetail().getType().toString()).isEqualTo("/problems/validation");
            assertThat(p.toProblemDetail().getProperties().get("errors")).isEqualTo(List.of(
                    new FieldError("areas[0].area", "is planned twice"),
                    new FieldError("expectedUnits", "must be positive")));
        });
        assertThat(Refusals.orBadRequest(Checked.ok("plan"))).isEqualTo("plan");
    }

    @Test
    void aRuleRefusalIsUnprocessableWithItsReasonsAndNoReasonsIsNoRefusal() {
        assertThatThrownBy(() -> Refusals.requireNone("not-eligible", "Session not allowed",
                List.of("no consent"), "reasons", List.of("CONSENT_MISSING")))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status().value()).isEqualTo(422);
                    assertThat(p.getMessage()).isEqualTo("no consent");
                    assertThat(p.toProblemDetail().getProperties()).containsEntry("reasons", List.of("CONSENT_MISSING"));
                });
        assertThatCode(() -> Refusals.requireNone("not-eligible", "Session not allowed", List.of(), "reasons",
                List.of())).doesNotThrowAnyException();
        assertThatThrownBy(() -> Refusals.requireRegistered(List.of(new InvalidField("clinicId", "unknown"))))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.status().value()).isEqualTo(422);
                    assertThat(p.toProblemDetail().getType().toString()).isEqualTo("/problems/not-registered");
                });
    }

    @Test
    void aRefusalNamesAtLeastOneField() {
        assertThatThrownBy(() -> Checked.refused(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
