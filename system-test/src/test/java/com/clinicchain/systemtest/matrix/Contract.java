package com.clinicchain.systemtest.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.clinicchain.systemtest.Http.Answer;
import com.clinicchain.testsupport.ApiClient;

import tools.jackson.databind.JsonNode;

/**
 * What an operation's document says it answers, held against a real answer: the status is one the document lists,
 * the content type one of that response's, the headers it promises ({@code Location}, {@code ETag}) are there, and
 * the body fits the schema (types, required properties, enums, nested objects and arrays). The documents are
 * generated from the code; the matrix's calls are what keeps them true.
 */
final class Contract {

    private Contract() {
    }

    static void check(Operation op, Answer answer, String as) {
        if (op.document() == null) {
            return;
        }
        JsonNode responses = op.spec().get("responses");
        JsonNode response = responses.get(Integer.toString(answer.status()));
        assertThat(response).as("%s: status %d is not in the document (it lists %s)", as, answer.status(),
                responses.propertyNames()).isNotNull();
        response = resolve(op.document(), response);
        JsonNode headers = response.path("headers");
        if (headers.has("Location")) {
            assertThat(answer.location()).as("%s: the document promises Location", as).isNotNull();
        }
        if (headers.has("ETag")) {
            assertThat(answer.etag()).as("%s: the document promises ETag", as).isNotNull();
        }
        JsonNode content = response.path("content");
        if (answer.body().isEmpty()) {
            return;
        }
        String type = answer.contentType().split(";")[0].strip();
        assertThat(content.has(type)).as("%s: content type %s is not in the document (it lists %s)", as, type,
                content.propertyNames()).isTrue();
        JsonNode schema = content.get(type).path("schema");
        List<String> violations = new ArrayList<>();
        // a problem may carry extension members (RFC 9457); a success body must hold nothing the document omits
        boolean closed = answer.status() < 300;
        validate(op.document(), ApiClient.JSON.readTree(answer.body()), schema, closed, "$", violations);
        assertThat(violations).as("%s: the body does not fit the document's schema", as).isEmpty();
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        JsonNode resolved = node;
        while (resolved.has("$ref")) {
            resolved = document.at(resolved.get("$ref").asString().substring(1));
        }
        return resolved;
    }

    private static void validate(JsonNode document, JsonNode value, JsonNode schemaOrRef, boolean closed,
                                 String where, List<String> violations) {
        JsonNode schema = resolve(document, schemaOrRef);
        if (schema.has("anyOf") || schema.has("oneOf")) {
            JsonNode options = schema.has("anyOf") ? schema.get("anyOf") : schema.get("oneOf");
            for (JsonNode option : options) {
                List<String> within = new ArrayList<>();
                validate(document, value, option, closed, where, within);
                if (within.isEmpty()) {
                    return;
                }
            }
            violations.add(where + ": fits none of its schemas");
            return;
        }
        List<String> types = new ArrayList<>();
        schema.path("type").forEach(t -> types.add(t.asString()));
        if (schema.path("type").isString()) {
            types.add(schema.get("type").asString());
        }
        if (value.isNull()) {
            // an absent property and a null one mean the same; a required one must have a value
            return;
        }
        if (!types.isEmpty() && types.stream().noneMatch(t -> fits(value, t))) {
            violations.add(where + ": " + kind(value) + " where the document says " + types);
            return;
        }
        if (schema.has("enum") && value.isString()) {
            boolean listed = false;
            for (JsonNode option : schema.get("enum")) {
                listed |= option.asString().equals(value.asString());
            }
            if (!listed) {
                violations.add(where + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (value.isObject()) {
            for (JsonNode required : schema.path("required")) {
                JsonNode property = value.get(required.asString());
                if (property == null || property.isNull()) {
                    violations.add(where + "." + required.asString() + ": required, missing");
                }
            }
            JsonNode properties = schema.path("properties");
            for (String name : value.propertyNames()) {
                if (properties.has(name)) {
                    validate(document, value.get(name), properties.get(name), closed, where + "." + name,
                            violations);
                } else if (closed && schema.has("properties")) {
                    violations.add(where + "." + name + ": not in the document");
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            int i = 0;
            for (JsonNode item : value) {
                validate(document, item, schema.get("items"), closed, where + "[" + i++ + "]", violations);
            }
        }
    }

    private static boolean fits(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isString();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            default -> true;
        };
    }

    private static String kind(JsonNode value) {
        return value.getNodeType().name().toLowerCase();
    }
}
