package com.clinicchain.inventory.clinic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.http.HttpStatus;

import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.kit.problem.ProblemException.FieldError;

/**
 * Which clinics a stock write may name: clinics of the chain's registry, as the read model has them, so that no
 * stock, fridge or threshold is kept for a clinic that does not exist. Where something new comes to a clinic (a
 * delivery, a box sent there, a fridge, a threshold) the clinic must be open. Where what is already there is sent
 * away or kept cold (a transfer's sender, a lot put in one of its fridges) a closed clinic still counts: its vials
 * must be moved out and looked after until then. Plain Java, unit-tested.
 */
public final class ClinicNames {

    public enum Need {
        OPEN, REGISTERED
    }

    /** A clinic the request names in {@code field}, and what the write needs of it. */
    public record Named(String field, String clinicId, Need need) {

        public static Named open(String field, String clinicId) {
            return new Named(field, clinicId, Need.OPEN);
        }

        public static Named registered(String field, String clinicId) {
            return new Named(field, clinicId, Need.REGISTERED);
        }
    }

    private ClinicNames() {
    }

    /** Every named clinic the registry does not have as the write needs it; none when the write may go on. */
    static List<FieldError> wrong(List<Named> named, Function<String, Optional<Clinic>> registry) {
        List<FieldError> wrong = new ArrayList<>();
        for (Named name : named) {
            Optional<Clinic> clinic = registry.apply(name.clinicId());
            if (clinic.isEmpty()) {
                wrong.add(new FieldError(name.field(), "is no clinic of the chain's registry: " + name.clinicId()));
            } else if (name.need() == Need.OPEN && !clinic.get().active()) {
                wrong.add(new FieldError(name.field(), "is no open clinic of the chain's registry: "
                        + name.clinicId()));
            }
        }
        return List.copyOf(wrong);
    }

    /** Refuses with 422 {@code /problems/not-registered}, the treatment service's answer to a made-up clinic. */
    static void require(List<Named> named, Function<String, Optional<Clinic>> registry) {
        List<FieldError> wrong = wrong(named, registry);
        if (!wrong.isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_CONTENT, "not-registered", "Not registered",
                    String.join("; ", wrong.stream().map(e -> e.field() + ": " + e.message()).toList()),
                    Map.of("errors", wrong));
        }
    }
}
