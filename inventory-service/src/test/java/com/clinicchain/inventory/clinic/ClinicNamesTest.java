package com.clinicchain.inventory.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import com.clinicchain.inventory.clinic.ClinicNames.Named;
import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.problem.ProblemException.FieldError;

class ClinicNamesTest {

    static final Map<String, Clinic> REGISTRY = Map.of(
            "north", new Clinic("demo-chain", "north", "North", "Europe/London", true, 1),
            "closed", new Clinic("demo-chain", "closed", "Closed", "Europe/London", false, 2));

    static List<FieldError> wrong(Named... named) {
        return ClinicNames.wrong(List.of(named), id -> Optional.ofNullable(REGISTRY.get(id)));
    }

    @Test
    void anOpenClinicOfTheRegistryIsFineForEveryWrite() {
        assertThat(wrong(Named.open("clinicId", "north"), Named.registered("fromClinicId", "north"))).isEmpty();
    }

    @Test
    void anUnknownClinicIsNamedByItsField() {
        assertThat(wrong(Named.open("clinicId", "nowhere"))).extracting(FieldError::field).containsExactly("clinicId");
        assertThat(wrong(Named.registered("fromClinicId", "nowhere"))).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("no clinic").endsWith("nowhere"));
    }

    @Test
    void aClosedClinicReceivesNothingButMayStillSendAndKeepWhatItHas() {
        assertThat(wrong(Named.open("toClinicId", "closed"))).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("no open clinic"));
        assertThat(wrong(Named.registered("fromClinicId", "closed"))).isEmpty();
    }

    @Test
    void everyWrongFieldIsNamedAtOnceInTheOrderGiven() {
        assertThat(wrong(Named.registered("fromClinicId", "nowhere"), Named.open("toClinicId", "closed")))
                .extracting(FieldError::field).containsExactly("fromClinicId", "toClinicId");
    }

    @Test
    void aWrongNameIsA422NotRegisteredProblemListingTheFields() {
        assertThatThrownBy(() -> ClinicNames.require(List.of(Named.open("clinicId", "nowhere")),
                id -> Optional.ofNullable(REGISTRY.get(id))))
                .isInstanceOfSatisfying(ProblemException.class, problem -> {
                    assertThat(problem.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
                    var detail = problem.toProblemDetail();
                    assertThat(detail.getType().toString()).isEqualTo("/problems/not-registered");
                    assertThat(detail.getProperties().get("errors")).asInstanceOf(
                            org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(1);
                });
    }
}
