package com.clinicchain.kit.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.web.method.HandlerMethod;

import com.clinicchain.kit.web.PageRequest;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.tags.Tag;

/**
 * What every operation of every service has in common, written into the documents once here rather than on each
 * handler: the RFC 9457 problem schema and the error answers the platform gives everywhere (400, 401, 403, 404,
 * 409, 412/428 with {@code If-Match}, 413, 422, 429, 503), the {@code Idempotency-Key} of every POST, the page
 * parameters' limits, each request body's example (from the service's {@value #EXAMPLES}), 201 with {@code Location} for {@link Created} handlers, {@code ETag} for {@link Versioned} ones, and patterns as JSON Schema reads
 * them (ECMA-262, not anchored). What differs per operation (summary, roles, tags) is on the handlers.
 */
class ContractCustomizer implements GlobalOpenApiCustomizer, GlobalOperationCustomizer {

    /** Where a service keeps an example of each request body, by operationId. */
    static final String EXAMPLES = "openapi/request-examples.json";

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM = "Problem";
    private static final String FIELD_ERROR = "FieldError";
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final String IF_MATCH = "If-Match";

    /** The status, the component's name and what it means, for every answer of {@link #ERRORS}. */
    private record Error(String status, String name, String description) {
    }

    private static final List<Error> ERRORS = List.of(
            new Error("400", "BadRequest", "The request is malformed or a value is invalid; `errors` names each"
                    + " field (a body field by its path, e.g. `injections[0].units`, a parameter or header by its name)."),
            new Error("401", "Unauthorized", "No bearer token, or one that is invalid, expired or not for audience"
                    + " clinic-api."),
            new Error("403", "Forbidden", "The token's roles or scopes do not allow this operation, or its clinic"
                    + " scoping does not cover the clinic concerned."),
            new Error("404", "NotFound", "No such record in the caller's chain; another chain's record gets the"
                    + " same answer as one that does not exist."),
            new Error("409", "Conflict", "The request conflicts with the record's current state (e.g. a status"
                    + " change that is no longer possible), or a request with the same `Idempotency-Key` is still"
                    + " being carried out."),
            new Error("412", "PreconditionFailed", "`If-Match` names another version than the current one: read the"
                    + " record again (its `ETag`) and retry."),
            new Error("413", "ContentTooLarge", "The body is larger than the platform's limit (1 MiB)."),
            new Error("422", "UnprocessableContent", "The request is well-formed but breaks a rule of the domain"
                    + " (`detail` says which), or its `Idempotency-Key` was already used for a different request."),
            new Error("428", "PreconditionRequired", "`If-Match` is missing: send the `ETag` of the version read."),
            new Error("429", "TooManyRequests", "The caller's rate limit at the gateway is used up; retry after"
                    + " `Retry-After` seconds."),
            new Error("503", "ServiceUnavailable", "The service's database is unreachable for the moment; retry after"
                    + " `Retry-After` seconds."));

    private final Map<String, Object> examples;

    /** @param examples a request body's example by the operationId of its operation */
    ContractCustomizer(Map<String, Object> examples) {
        this.examples = examples;
    }

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Created annotation = handler.getMethodAnnotation(Created.class);
        if (annotation != null) {
            ApiResponse ok = operation.getResponses().remove("200");
            ApiResponse created = (ok == null ? new ApiResponse() : ok).description("Created");
            if (annotation.location()) {
                created.addHeaderObject("Location", new Header().description("the address of the new record")
                        .schema(new StringSchema().format("uri-reference")));
            }
            ApiResponses ordered = new ApiResponses();
            ordered.addApiResponse("201", created);
            operation.getResponses().forEach(ordered::addApiResponse);
            operation.setResponses(ordered);
        }
        if (handler.hasMethodAnnotation(Versioned.class)) {
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    response.addHeaderObject("ETag", new Header().schema(new StringSchema())
                            .description("the record's version, to send in `If-Match` when changing it"));
                }
            });
        }
        return operation;
    }

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(FIELD_ERROR, new ObjectSchema()
                .description("One invalid field, parameter or header.")
                .addProperty("field", new StringSchema().description("its name or path, e.g. `address.city`"))
                .addProperty("message", new StringSchema().description("what is wrong with it"))
                .required(List.of("field", "message")));
        openApi.getComponents().addSchemas(PROBLEM, new ObjectSchema()
                .description("An RFC 9457 problem document, the body of every error.")
                .addProperty("type", new StringSchema().format("uri-reference")
                        .description("the kind of problem, e.g. `/problems/validation`"))
                .addProperty("title", new StringSchema().description("a short summary of the kind"))
                .addProperty("status", new IntegerSchema().description("the HTTP status"))
                .addProperty("detail", new StringSchema().description("what went wrong with this request"))
                .addProperty("instance", new StringSchema().format("uri-reference")
                        .description("the request's path"))
                .addProperty("correlationId", new StringSchema()
                        .description("the request's correlation id, to quote when asking for help"))
                .addProperty("errors", new ArraySchema().items(ref(FIELD_ERROR))
                        .description("the invalid fields (400 only)"))
                .required(List.of("type", "title", "status")));
        Header retryAfter = new Header().description("seconds to wait before retrying")
                .schema(new IntegerSchema().minimum(java.math.BigDecimal.ONE));
        Set<String> tagsUsed = new TreeSet<>();
        Set<String> errorsUsed = new TreeSet<>();
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            errorsUsed.addAll(document(path, method, operation));
            if (operation.getTags() != null) {
                tagsUsed.addAll(operation.getTags());
            }
        }));
        for (Error error : ERRORS) {
            if (!errorsUsed.contains(error.status())) {
                continue;
            }
            ApiResponse response = new ApiResponse().description(error.description())
                    .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(ref(PROBLEM))));
            if (error.status().equals("429") || error.status().equals("503")) {
                response.addHeaderObject("Retry-After", retryAfter);
            }
            openApi.getComponents().addResponses(error.name(), response);
        }
        sortTags(openApi, tagsUsed);
        if (openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().getSchemas().values().forEach(ContractCustomizer::ecmaPatterns);
        }
    }

    /** @return the error statuses the operation documents */
    private Set<String> document(String path, PathItem.HttpMethod method, Operation operation) {
        List<Parameter> parameters = operation.getParameters() == null ? new ArrayList<>() : operation.getParameters();
        boolean ifMatch = false;
        for (Parameter parameter : parameters) {
            if ("query".equals(parameter.getIn()) && parameter.getSchema() != null) {
                if ("size".equals(parameter.getName())) {
                    parameter.getSchema().minimum(java.math.BigDecimal.ONE)
                            .maximum(java.math.BigDecimal.valueOf(PageRequest.MAX_SIZE));
                    parameter.description("items per page, 1 to " + PageRequest.MAX_SIZE);
                } else if ("page".equals(parameter.getName())) {
                    parameter.getSchema().minimum(java.math.BigDecimal.ZERO);
                    parameter.description("the page, from 0");
                }
            }
            ifMatch |= "header".equals(parameter.getIn()) && IF_MATCH.equalsIgnoreCase(parameter.getName());
            if (parameter.getSchema() != null) {
                ecmaPatterns(parameter.getSchema());
            }
        }
        boolean post = method == PathItem.HttpMethod.POST;
        if (post) {
            parameters.add(new Parameter().in("header").name(IDEMPOTENCY_KEY).required(false)
                    .description("Makes a retry safe: the same request with the same key (per caller, kept 24 h) is"
                            + " carried out once and later answered with the first answer, marked"
                            + " `Idempotent-Replayed: true`. 1 to 128 visible ASCII characters.")
                    .schema(new StringSchema().minLength(1).maxLength(128).pattern("^[\\x21-\\x7E]{1,128}$"))
                    .example("5f0c8c1e-booking-42"));
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("2")) {
                    response.addHeaderObject("Idempotent-Replayed", new Header()
                            .description("`true` when this is the stored answer to an earlier request with the same"
                                    + " `Idempotency-Key`").schema(new StringSchema()._enum(List.of("true"))));
                }
            });
        }
        operation.setParameters(parameters.isEmpty() ? null : parameters);
        boolean body = operation.getRequestBody() != null;
        if (body && examples.containsKey(operation.getOperationId())) {
            operation.getRequestBody().getContent().values()
                    .forEach(media -> media.setExample(examples.get(operation.getOperationId())));
        }
        boolean write = method != PathItem.HttpMethod.GET;
        Map<String, Boolean> applies = new LinkedHashMap<>();
        applies.put("400", body || !parameters.isEmpty());
        applies.put("401", true);
        applies.put("403", true);
        applies.put("404", path.contains("{"));
        applies.put("409", write);
        applies.put("412", ifMatch);
        applies.put("413", body);
        applies.put("422", write);
        applies.put("428", ifMatch);
        applies.put("429", true);
        applies.put("503", true);
        Set<String> documented = new TreeSet<>();
        for (Error error : ERRORS) {
            if (applies.get(error.status())) {
                documented.add(error.status());
                if (!operation.getResponses().containsKey(error.status())) {
                    operation.getResponses().addApiResponse(error.status(),
                            new ApiResponse().$ref("#/components/responses/" + error.name()));
                }
            }
        }
        return documented;
    }

    /** Tags named by the handlers (with their descriptions, from {@code @Tag}), in alphabetical order. */
    private static void sortTags(OpenAPI openApi, Set<String> used) {
        Map<String, Tag> known = new LinkedHashMap<>();
        if (openApi.getTags() != null) {
            openApi.getTags().forEach(tag -> known.put(tag.getName(), tag));
        }
        List<Tag> tags = new ArrayList<>();
        for (String name : used) {
            tags.add(known.getOrDefault(name, new Tag().name(name)));
        }
        openApi.setTags(tags.isEmpty() ? null : tags);
    }

    /**
     * Bean Validation's {@code @Pattern} must match the whole value; a JSON Schema pattern may match anywhere, so
     * it is anchored here, and Java's property escapes are spelled as ECMA-262 reads them without flags.
     */
    @SuppressWarnings("rawtypes")
    private static void ecmaPatterns(Schema schema) {
        if (schema == null) {
            return;
        }
        String pattern = schema.getPattern();
        if (pattern != null) {
            // property escapes need ECMA's u flag, which tools do not all set: inside a class, Latin, Greek and
            // Cyrillic letters and ASCII digits say it for them (the service accepts any letter or digit)
            pattern = pattern.replace("\\p{L}", "A-Za-z\\u00C0-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF")
                    .replace("\\p{N}", "0-9");
            schema.setPattern(pattern.startsWith("^") && pattern.endsWith("$") ? pattern : "^(?:" + pattern + ")$");
        }
        if (schema.getProperties() != null) {
            ((Map<?, ?>) schema.getProperties()).values().forEach(p -> ecmaPatterns((Schema) p));
        }
        ecmaPatterns(schema.getItems());
    }

    private static Schema<?> ref(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }
}
