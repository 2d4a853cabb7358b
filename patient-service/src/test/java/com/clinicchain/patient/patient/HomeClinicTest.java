package com.clinicchain.patient.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.list;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.problem.ProblemException.FieldError;
import com.clinicchain.patient.clinic.Clinic;

class HomeClinicTest {

    static final Map<String, Clinic> REGISTRY = Map.of(
            "north", new Clinic("demo-chain", "north", true, 1),
            "closed", new Clinic("demo-chain", "closed", false, 2));

    static final Function<String, Optional<Clinic>> LOOKUP = id -> Optional.ofNullable(REGISTRY.get(id));

    @Test
    void anOpenClinicOfTheRegistryTakesNewAndMovedPatients() {
        assertThat(HomeClinic.wrong("north", null, LOOKUP)).isEmpty();
        assertThat(HomeClinic.wrong("north", "closed", LOOKUP)).isEmpty();
    }

    @Test
    void aClinicTheRegistryDoesNotHaveIsNamedByTheField() {
        assertThat(HomeClinic.wrong("nowhere", null, LOOKUP)).hasValueSatisfying(error -> {
            assertThat(error.field()).isEqualTo("homeClinicId");
            assertThat(error.message()).contains("no clinic of the chain's registry").endsWith("nowhere");
        });
        assertThat(HomeClinic.wrong("nowhere", "north", LOOKUP)).isPresent();
    }

    @Test
    void aClosedClinicTakesNoNewOrMovedPatient() {
        assertThat(HomeClinic.wrong("closed", null, LOOKUP)).hasValueSatisfying(
                error -> assertThat(error.message()).contains("no open clinic").endsWith("closed"));
        assertThat(HomeClinic.wrong("closed", "north", LOOKUP)).isPresent();
    }

    @Test
    void anUnchangedHomeClinicIsNotAskedAgain() {
        // a patient of a clinic that closed since, or one the registry has forgotten, stays editable
        Function<String, Optional<Clinic>> unreachable = id -> {
            throw new AssertionError("looked up " + id);
        };
        assertThat(HomeClinic.wrong("closed", "closed", unreachable)).isEmpty();
        assertThat(HomeClinic.wrong("nowhere", "nowhere", unreachable)).isEmpty();
    }

    @Test
    void aWrongHomeClinicIsA422NotRegisteredProblemNamingTheField() {
        assertThatThrownBy(() -> HomeClinic.require("closed", "north", LOOKUP))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                    var detail = problem.toProblemDetail();
                    assertThat(detail.getType().toString()).isEqualTo("/problems/not-registered");
                    assertThat(detail.getDetail()).startsWith("homeClinicId: ");
                    assertThat(detail.getProperties().get("errors")).asInstanceOf(list(FieldError.class))
                            .extracting(FieldError::field).containsExactly("homeClinicId");
                });
        HomeClinic.require("north", null, LOOKUP);
    }
}
