package com.clinicchain.patient.patient;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.http.HttpStatus;

import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.problem.ProblemException.FieldError;
import com.clinicchain.patient.clinic.Clinic;

/**
 * Which home clinic a patient may be given: an open clinic of the chain's registry, as the read model has it, so
 * that no patient belongs to a clinic that does not exist. A home clinic kept unchanged is not asked again: a patient
 * of a clinic that has closed since must stay editable (a new phone number, a corrected name) until reception moves
 * them. Plain Java, unit-tested.
 */
final class HomeClinic {

    static final String FIELD = "homeClinicId";

    private HomeClinic() {
    }

    /**
     * What is wrong with the home clinic asked for; none when it may be stored.
     *
     * @param kept the patient's home clinic before the change, null when registering
     */
    static Optional<FieldError> wrong(String asked, String kept, Function<String, Optional<Clinic>> registry) {
        if (asked.equals(kept)) {
            return Optional.empty();
        }
        Optional<Clinic> clinic = registry.apply(asked);
        if (clinic.isEmpty()) {
            return Optional.of(new FieldError(FIELD, "is no clinic of the chain's registry: " + asked));
        }
        if (!clinic.get().active()) {
            return Optional.of(new FieldError(FIELD, "is no open clinic of the chain's registry: " + asked));
        }
        return Optional.empty();
    }

    /** Refuses with 422 {@code /problems/not-registered}, the other services' answer to a made-up clinic. */
    static void require(String asked, String kept, Function<String, Optional<Clinic>> registry) {
        wrong(asked, kept, registry).ifPresent(error -> {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "not-registered", "Not registered",
                    error.field() + ": " + error.message(), Map.of("errors", List.of(error)));
        });
    }
}
