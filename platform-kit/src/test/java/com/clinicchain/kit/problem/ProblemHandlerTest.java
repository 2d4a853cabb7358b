package com.clinicchain.kit.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.clinicchain.kit.json.StrictJson;

import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.json.JsonMapper;

class ProblemHandlerTest {

    record Injection(Integer units, Integer points) {
    }

    record Chart(List<Injection> injections, long total) {
    }

    private static final JsonMapper JSON = StrictJson.configure(JsonMapper.builder()).build();

    private static String fieldOfFailure(String json) {
        return ProblemHandler.fieldOf(catchThrowableOfType(StreamReadException.class,
                () -> JSON.readValue(json, Chart.class)));
    }

    @Test
    void aNumberOutOfItsFieldsRangeIsNamedByItsPath() {
        assertThat(fieldOfFailure("{\"injections\":[{\"units\":20},{\"units\":20,\"points\":2147483648}]}"))
                .isEqualTo("injections[1].points");
        assertThat(fieldOfFailure("{\"total\":99999999999999999999}")).isEqualTo("total");
    }
}
