package com.clinicchain.systemtest.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.clinicchain.localstack.App;
import com.clinicchain.localstack.Apps;
import com.clinicchain.systemtest.Http;
import com.clinicchain.systemtest.Http.Answer;

import tools.jackson.databind.JsonNode;

/**
 * One operation of a service's OpenAPI document, as the gateway publishes them.
 *
 * @param origins  base URLs of the services whose documents list the operation
 * @param document the OpenAPI document that lists it, or null for the operator operations no document lists
 */
record Operation(String method, String path, boolean hasBody, Set<String> requiredQuery, List<String> origins,
                 JsonNode document) {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    String key() {
        return method + " " + path;
    }

    boolean reads() {
        return method.equals("GET");
    }

    static Map<String, Operation> discover(Apps apps) {
        Map<String, Operation> found = new LinkedHashMap<>();
        for (App app : List.of(App.PATIENT, App.TREATMENT, App.INVENTORY)) {
            String document = "/api-docs/" + switch (app) {
                case PATIENT -> "patients";
                case TREATMENT -> "treatments";
                default -> "inventory";
            };
            Answer docs = Http.send("GET", apps.gatewayUrl() + document, null, null, Map.of());
            assertThat(docs.status()).as(document + ": " + docs).isEqualTo(200);
            JsonNode paths = docs.json().get("paths");
            for (String path : paths.propertyNames()) {
                for (String method : METHODS) {
                    JsonNode spec = paths.get(path).get(method);
                    if (spec != null) {
                        String key = method.toUpperCase() + " " + path;
                        List<String> origins = new ArrayList<>(found.containsKey(key) ? found.get(key).origins()
                                : List.of());
                        origins.add(apps.url(app));
                        found.put(key, new Operation(method.toUpperCase(), path, spec.has("requestBody"),
                                requiredQuery(spec), origins, docs.json()));
                    }
                }
            }
        }
        return found;
    }

    /**
     * The operator operations every service has (the kit's dead letters), on the services' own ports only and
     * kept out of the documents, which are the partners' contract.
     */
    static Map<String, Operation> operatorOnly(Apps apps) {
        List<String> origins = List.of(apps.url(App.PATIENT), apps.url(App.TREATMENT), apps.url(App.INVENTORY));
        Map<String, Operation> operator = new LinkedHashMap<>();
        for (Operation op : List.of(new Operation("GET", "/admin/dead-letters", false, Set.of(), origins, null),
                new Operation("POST", "/admin/dead-letters/{topic}/{partition}/{offset}/replay", false, Set.of(),
                        origins, null))) {
            operator.put(op.key(), op);
        }
        return operator;
    }

    /** The operation's object in its document. */
    JsonNode spec() {
        return document.get("paths").get(path).get(method.toLowerCase());
    }

    private static Set<String> requiredQuery(JsonNode spec) {
        Set<String> required = new TreeSet<>();
        spec.path("parameters").forEach(parameter -> {
            if (parameter.path("in").asString().equals("query") && parameter.path("required").asBoolean(false)) {
                required.add(parameter.get("name").asString());
            }
        });
        return required;
    }
}
