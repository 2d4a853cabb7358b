package com.clinicchain.systemtest.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.clinicchain.localstack.Apps;
import com.clinicchain.systemtest.Http;
import com.clinicchain.systemtest.Http.Answer;
import com.clinicchain.systemtest.RunningPlatform;
import com.clinicchain.systemtest.matrix.Expectation.Stranger;
import com.clinicchain.testsupport.ApiClient;

import tools.jackson.databind.JsonNode;

/**
 * Every operation of the three services' OpenAPI documents, called through the gateway by every kind of caller
 * against real records of chain A. A permitted caller must get a 2xx, each on records of its own when the
 * operation writes. Bodies are valid, so a 400 never hides a missing role check; the refused callers go first
 * and a read by the chain's admin before and after shows that they changed nothing. Every answer must be one the
 * operation's document lists, with the headers it promises and a body that fits its schema ({@link Contract}).
 */
class IsolationMatrixTest {

    /** Sessions the matrix books; each needs a consented patient the treatment service knows. */
    private static final int PATIENTS_FOR_SESSIONS = 36;

    static ChainA chain;
    static Map<String, Operation> operations;
    static final Map<Identity, Map<Integer, Integer>> STATUSES = new EnumMap<>(Identity.class);
    static int requests;
    static int strangerAnswers;
    static int leaks;

    @BeforeAll
    static void discoverAndPrepare() {
        Apps apps = RunningPlatform.get();
        operations = Operation.discover(apps);
        Map<String, Operation> operator = Operation.operatorOnly(apps);
        assertThat(operations).as("operator operations in the partners' documents").doesNotContainKeys(
                operator.keySet().toArray(String[]::new));
        operations.putAll(operator);
        chain = new ChainA(apps.gatewayUrl());
        chain.prepare(PATIENTS_FOR_SESSIONS);
    }

    @Test
    void everyOperationHasAnExpectationAndEveryExpectationAnOperation() {
        Map<String, Expectation> table = Expectations.table();
        assertThat(operations.keySet()).as("operations without a line in Expectations")
                .allSatisfy(key -> assertThat(table).containsKey(key));
        assertThat(table.keySet()).as("lines of Expectations for operations that no longer exist")
                .allSatisfy(key -> assertThat(operations).containsKey(key));
        assertThat(operations).hasSizeGreaterThan(50);
    }

    @TestFactory
    Stream<DynamicTest> everyCallerGetsWhatTheTableSays() {
        Map<String, Expectation> table = Expectations.table();
        return operations.values().stream().filter(op -> table.containsKey(op.key()))
                .map(op -> DynamicTest.dynamicTest(op.key(), () -> check(op, table.get(op.key()))));
    }

    @AfterAll
    static void summary() {
        System.out.printf("Isolation matrix: %d operations x %d identities = %d cases (%d requests with the service"
                + " ports and records that do not exist); %d answers to another chain, %d of them with chain-A data%n",
                operations.size(), Identity.values().length, operations.size() * Identity.values().length, requests,
                strangerAnswers, leaks);
        STATUSES.forEach((who, statuses) -> System.out.printf("  %-13s %s%n", who, statuses));
    }

    /** The records one call is aimed at, the path and body naming them, and the ids among the path's values. */
    record Target(Fixture fixture, String path, String json, List<String> ids) {
    }

    private static Target target(Operation op, Expectation expected) {
        Fixture fixture = new Fixture(chain);
        expected.given.accept(fixture);
        List<String> ids = new ArrayList<>();
        String path = resolve(op.path(), fixture, expected, ids) + expected.query.apply(fixture);
        Object body = expected.body == null ? null : expected.body.apply(fixture);
        return new Target(fixture, path, body == null ? null : ApiClient.JSON.writeValueAsString(body), ids);
    }

    private static void check(Operation op, Expectation expected) {
        Target target = target(op, expected);
        assertThat(op.requiredQuery()).as("required query parameters of %s", op.key())
                .allSatisfy(name -> assertThat(target.path()).contains(name + "="));
        assertThat(target.json() != null).as("%s: the matrix sends a valid body exactly when the operation takes one",
                op.key()).isEqualTo(op.hasBody());
        if (!expected.servicePortOnly) {
            checkAt(chain.baseUrl(), op, expected, target);
            return;
        }
        for (Identity who : Identity.values()) {
            Answer answer = call(chain.baseUrl(), op, target, who, expected);
            assertProblem(answer, op.key() + " through the gateway by " + who + ": " + answer,
                    who == Identity.NO_TOKEN ? 401 : 404);
        }
        for (String origin : op.origins()) {
            checkAt(origin, op, expected, target);
        }
    }

    private static void checkAt(String origin, Operation op, Expectation expected, Target target) {
        String witness = op.reads() ? null : witness(op, expected, target.fixture());
        String before = witness == null ? null : view(origin, witness, expected.witnessPointer);
        for (Identity who : Identity.values()) {
            if (expected.allowed.contains(who)) {
                continue;
            }
            Answer answer = call(origin, op, target, who, expected);
            String as = op.key() + " by " + who + " at " + origin + ": " + answer;
            switch (who) {
                case NO_TOKEN -> assertProblem(answer, as, 401);
                case OTHER_CHAIN -> checkStranger(origin, op, expected, target, answer, as);
                default -> assertProblem(answer, as, 403);
            }
        }
        if (witness != null) {
            assertThat(view(origin, witness, expected.witnessPointer)).as("%s after the refused calls", witness)
                    .isEqualTo(before);
        }
        boolean first = true;
        for (Identity who : expected.allowed) {
            // each permitted caller writes to records of its own: the one before may have cancelled, recalled, erased
            Target aimed = first || op.reads() || expected.nothingToFind ? target : target(op, expected);
            first = false;
            Answer answer = call(origin, op, aimed, who, expected);
            String as = op.key() + " by " + who + " at " + origin + ": " + answer;
            if (expected.nothingToFind) {
                assertThat(answer.ok() || answer.status() == 404).as(as).isTrue();
            } else {
                assertThat(answer.ok()).as(as).isTrue();
            }
        }
    }

    private static void checkStranger(String origin, Operation op, Expectation expected, Target target, Answer answer,
                                      String as) {
        assertNothingOfChainA(answer, as, target.path() + " " + target.json());
        Stranger stranger = expected.stranger != null ? expected.stranger
                : op.path().contains("{") ? Stranger.AS_IF_MISSING : null;
        assertThat(stranger).as("%s: say what another chain gets", op.key()).isNotNull();
        switch (stranger) {
            case AS_IF_MISSING -> {
                assertProblem(answer, as, expected.allowed.contains(Identity.ADMIN) ? 404 : 403);
                String missingPath = target.path();
                List<String> missingIds = new ArrayList<>();
                for (String id : target.ids()) {
                    String missing = UUID.randomUUID().toString();
                    missingIds.add(missing);
                    missingPath = missingPath.replace(id, missing);
                }
                Answer missing = call(origin, op, new Target(target.fixture(), missingPath, target.json(), missingIds),
                        Identity.OTHER_CHAIN, expected);
                assertThat(withoutIds(missing.body(), missingIds)).as("%s, and for records that do not exist: %s",
                        as, missing).isEqualTo(withoutIds(answer.body(), target.ids()));
                assertThat(missing.status()).isEqualTo(answer.status());
            }
            case REFUSED -> assertThat(answer.status()).as(as).isBetween(400, 499).isNotEqualTo(401);
            case OWN_CHAIN -> assertThat(answer.status()).as(as).isIn(200, 201, 202, 204, 403, 404);
        }
    }

    /** Also without the correlationId: each answer has its own, the rest must be the same. */
    private static String withoutIds(String body, List<String> ids) {
        String without = body.replaceAll("\"correlationId\":\"[^\"]*\",?", "");
        for (String id : ids) {
            without = without.replace(id, "{id}");
        }
        return without;
    }

    private static Answer call(String origin, Operation op, Target target, Identity who, Expectation expected) {
        Answer answer = Http.send(op.method(), origin + target.path(), who.token(), target.json(),
                expected.headers.apply(target.fixture()));
        Contract.check(op, answer, op.key() + " by " + who + " at " + origin + ": " + answer);
        synchronized (STATUSES) {
            requests++;
            STATUSES.computeIfAbsent(who, w -> new TreeMap<>()).merge(answer.status(), 1, Integer::sum);
        }
        return answer;
    }

    private static void assertProblem(Answer answer, String as, int status) {
        assertThat(answer.status()).as(as).isEqualTo(status);
        assertThat(answer.contentType()).as(as).startsWith("application/problem+json");
    }

    /** A 404 may repeat the id the caller sent; anything else of chain A in the answer is a leak. */
    private static void assertNothingOfChainA(Answer answer, String as, String request) {
        List<String> leaked = chain.secrets().stream()
                .filter(secret -> answer.body().contains(secret) && !request.contains(secret)).toList();
        synchronized (STATUSES) {
            strangerAnswers++;
            leaks += leaked.isEmpty() ? 0 : 1;
        }
        assertThat(leaked).as("chain-A data in the answer to %s", as).isEmpty();
    }

    private static String view(String origin, String path, String pointer) {
        Answer answer = Http.send("GET", origin + path, Identity.ADMIN.token(), null, Map.of());
        assertThat(answer.status()).as("witness %s: %s", path, answer).isEqualTo(200);
        JsonNode json = answer.json();
        return (pointer.isEmpty() ? json : json.at(pointer)).toString();
    }

    /** The nearest GET up the path, without required query parameters: a write's record or its list. */
    private static String witness(Operation op, Expectation expected, Fixture fixture) {
        if (expected.witness != null) {
            return expected.witness.apply(fixture);
        }
        String path = op.path();
        while (path.lastIndexOf('/') > 0) {
            String candidate = path;
            boolean readable = operations.values().stream().anyMatch(other -> other.reads()
                    && other.requiredQuery().isEmpty() && shape(other.path()).equals(shape(candidate)));
            if (readable) {
                return resolve(candidate, fixture, expected, new ArrayList<>());
            }
            path = path.substring(0, path.lastIndexOf('/'));
        }
        throw new AssertionError(op.key() + ": no GET shows what it changes; give Expectations a witness");
    }

    private static String shape(String path) {
        return path.replaceAll("\\{[^}]+}", "{}");
    }

    /**
     * Fills each path parameter with the fixture's record of the kind the segment before it names, and collects
     * the values that are record ids.
     */
    private static String resolve(String template, Fixture fixture, Expectation expected, List<String> ids) {
        String[] segments = template.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                String name = segments[i].substring(1, segments[i].length() - 1);
                String value = expected.params.containsKey(name) ? expected.params.get(name).apply(fixture)
                        : fixture.byPathSegment(segments[i - 1]);
                if (value != null && value.matches("[0-9a-f]{8}-[0-9a-f-]{27}")) {
                    ids.add(value);
                }
                assertThat(value).as("%s: the matrix has no %s record for %s", template, segments[i - 1], segments[i])
                        .isNotNull();
                segments[i] = value;
            }
        }
        return String.join("/", segments);
    }
}
