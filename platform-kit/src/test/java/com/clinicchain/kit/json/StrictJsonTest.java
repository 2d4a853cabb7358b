package com.clinicchain.kit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

class StrictJsonTest {

    enum Sex { FEMALE, MALE }

    record Person(String givenName, Sex sex, LocalDate dateOfBirth, Boolean confirmed, Integer units, Integer count,
                  Instant at, OffsetDateTime signedAt, UUID id, BigDecimal salineMl, List<String> codes) {
    }

    private static final JsonMapper JSON = StrictJson.configure(JsonMapper.builder()).build();

    private static Person read(String json) {
        return JSON.readValue(json, Person.class);
    }

    @Test
    void valuesOfTheirOwnTypeAreRead() {
        Person person = read("""
                {"givenName":"Anna","sex":"FEMALE","dateOfBirth":"1980-02-29","confirmed":true,"units":20,"count":3,
                 "at":"2026-12-07T10:00:00Z","signedAt":"2026-12-07T11:00:00+01:00",
                 "id":"00000000-0000-4000-8000-000000000001","salineMl":2.5,"codes":["A"]}""");

        assertThat(person.givenName()).isEqualTo("Anna");
        assertThat(person.sex()).isEqualTo(Sex.FEMALE);
        assertThat(person.dateOfBirth()).isEqualTo(LocalDate.of(1980, 2, 29));
        assertThat(person.units()).isEqualTo(20);
        assertThat(person.salineMl()).isEqualByComparingTo("2.5");
        assertThat(read("{\"salineMl\":2}").salineMl()).as("a whole number is a decimal too").isEqualByComparingTo("2");
        assertThat(read("{\"givenName\":\"\"}").givenName()).as("an empty string stays one, for validation to name")
                .isEmpty();
        assertThat(read("{\"givenName\":null,\"units\":null}").units()).isNull();
        assertThat(read("{\"givenName\":\"Line one\\n\\tline two\\r\\n\"}").givenName())
                .as("notes keep their tabs and line breaks").isEqualTo("Line one\n\tline two\r\n");
        assertThat(read("{\"givenName\":\"Åse Ødegård-Nuñez 李\"}").givenName()).isEqualTo("Åse Ødegård-Nuñez 李");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"sex\":0}", "{\"sex\":\"\"}",
            "{\"dateOfBirth\":12345}", "{\"dateOfBirth\":\"\"}", "{\"dateOfBirth\":\" \"}", "{\"dateOfBirth\":[1980,2,29]}",
            "{\"at\":-1}", "{\"at\":\"\"}", "{\"signedAt\":0}", "{\"signedAt\":\"\"}",
            "{\"givenName\":-1}", "{\"givenName\":1.5}", "{\"givenName\":true}",
            "{\"confirmed\":1}", "{\"confirmed\":\"true\"}", "{\"confirmed\":\"\"}",
            "{\"units\":1.5}", "{\"units\":\"20\"}", "{\"units\":\"\"}", "{\"units\":true}", "{\"count\":2.0}",
            "{\"id\":\"\"}", "{\"id\":1}",
            "{\"salineMl\":\"2.5\"}", "{\"codes\":\"A\"}",
            "{\"givenName\":\"\\u0000\"}", "{\"givenName\":\"An\\u0000na\"}", "{\"givenName\":\"\\u001b[31mAnna\"}",
            "{\"givenName\":\"Anna\\u007f\"}", "{\"givenName\":\"\\u0085\"}", "{\"codes\":[\"A\\u0000\"]}"})
    void aValueOfAnotherTypeIsRefusedNotConverted(String json) {
        assertThatThrownBy(() -> read(json)).isInstanceOf(DatabindException.class);
    }

    @Test
    void theRefusalNamesTheField() {
        assertThatThrownBy(() -> read("{\"units\":1.5}")).isInstanceOfSatisfying(DatabindException.class,
                e -> assertThat(e.getPath()).extracting(reference -> reference.getPropertyName())
                        .containsExactly("units"));
        assertThatThrownBy(() -> JSON.readValue("{\"people\":[{\"sex\":0}]}",
                new tools.jackson.core.type.TypeReference<Map<String, List<Person>>>() { }))
                .isInstanceOfSatisfying(DatabindException.class, e -> assertThat(e.getPath()).hasSize(3));
    }
}
