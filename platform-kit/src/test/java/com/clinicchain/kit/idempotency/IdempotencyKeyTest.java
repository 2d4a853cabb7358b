package com.clinicchain.kit.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.ApiClient.Reply;
import com.clinicchain.testsupport.RealInfrastructure;
import com.clinicchain.testsupport.Tokens;

/** The Idempotency-Key handling every service gets from the kit, on a small app with one creating endpoint. */
@SpringBootTest(classes = IdempotencyKeyTest.ThingApp.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=kit-idempotency")
@RealInfrastructure
class IdempotencyKeyTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IdempotentAnswers answers;

    private final String receptionist = Tokens.password("rita.reception");

    @Test
    void aRetryGetsTheFirstAnswerAndCreatesNothingMore() {
        String name = unique("retried");
        var first = post(receptionist, "key-" + name, name);
        var retry = post(receptionist, "key-" + name, name);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.location()).isEqualTo(first.location());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(things(name)).isEqualTo(1);
    }

    @Test
    void theSameKeyForAnotherRequestIsRefusedAndNamesTheHeader() {
        String name = unique("first");
        String key = "key-" + name;
        post(receptionist, key, name);
        String other = unique("other");

        var reused = post(receptionist, key, other);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.contentType()).isEqualTo("application/problem+json");
        assertThat(reused.body()).contains("Idempotency-Key");
        assertThat(things(other)).isZero();
    }

    @Test
    void aRefusedRequestKeepsNothingSoTheCorrectedOneMayUseTheSameKey() {
        String key = unique("key");
        var refused = post(receptionist, key, "");
        String name = unique("corrected");
        var corrected = post(receptionist, key, name);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(corrected.header("Idempotent-Replayed")).isNull();
        assertThat(things(name)).isEqualTo(1);
    }

    @Test
    void keysBelongToTheirCaller() {
        String key = unique("shared-key");
        String byReceptionist = unique("a");
        String byNurse = unique("b");

        assertThat(post(receptionist, key, byReceptionist).status()).isEqualTo(201);
        assertThat(post(Tokens.password("nina.nurse"), key, byNurse).status()).isEqualTo(201);
        assertThat(things(byReceptionist) + things(byNurse)).isEqualTo(2);
    }

    @Test
    void simultaneousRetriesCreateOneThing() throws Exception {
        String name = unique("raced");
        String key = "key-" + name;
        List<Callable<Reply>> senders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            senders.add(() -> post(receptionist, key, name));
        }
        List<Integer> statuses = new ArrayList<>();
        var pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<Reply> reply : pool.invokeAll(senders)) {
                statuses.add(reply.get().status());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(statuses).containsOnly(201, 409).contains(201);
        assertThat(things(name)).isEqualTo(1);
    }

    @Test
    void anErasedResourcesKeptAnswerIsForgotten() {
        String name = unique("erased");
        String key = "key-" + name;
        var first = post(receptionist, key, name);
        String location = first.location();

        assertThat(answers.forgetAbout(location)).isEqualTo(1);

        assertThat(jdbc.sql("select count(*) from idempotent_request where body is not null and location = ?")
                .param(location).query(Integer.class).single()).isZero();
        assertThat(post(receptionist, key, name).header("Idempotent-Replayed")).isNull();
    }

    @Test
    void aMalformedKeyIsAProblemNamingTheHeader() {
        var reply = post(receptionist, "k".repeat(129), unique("long-key"));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("\"field\":\"Idempotency-Key\"");
    }

    private Reply post(String token, String key, String name) {
        return new ApiClient("http://127.0.0.1:" + port).send("POST", token, "/things", "{\"name\":\"" + name + "\"}",
                Map.of("Idempotency-Key", key));
    }

    private int things(String name) {
        return jdbc.sql("select count(*) from thing where name = ?").param(name).query(Integer.class).single();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    @SpringBootApplication
    static class ThingApp {

        @RestController
        static class Things {

            private final JdbcClient jdbc;

            Things(JdbcClient jdbc) {
                this.jdbc = jdbc;
            }

            @PostMapping("/things")
            @PreAuthorize("isAuthenticated()")
            ResponseEntity<Map<String, Object>> create(@RequestBody Map<String, String> thing) throws InterruptedException {
                String name = thing.get("name");
                if (name == null || name.isBlank()) {
                    throw ProblemException.invalid("name", "must not be blank");
                }
                // long enough for simultaneous retries to arrive while the first is still being processed
                Thread.sleep(200);
                UUID id = UUID.randomUUID();
                jdbc.sql("insert into thing (id, name) values (?, ?)").params(id, name).update();
                return ResponseEntity.created(URI.create("/things/" + id)).body(Map.of("id", id, "name", name));
            }
        }
    }
}
