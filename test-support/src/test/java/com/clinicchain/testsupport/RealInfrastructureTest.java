package com.clinicchain.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/** A real Boot application on a random port, wired to the real infrastructure by {@link RealInfrastructure}. */
@SpringBootTest(classes = RealInfrastructureTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=real-infra-check")
@RealInfrastructure
class RealInfrastructureTest {

    @LocalServerPort
    int port;

    @Autowired
    Environment environment;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Test
    void propertiesPointAtTheRealInfrastructure() throws Exception {
        Infrastructure infrastructure = Infrastructure.get();
        assertThat(this.environment.getProperty("spring.datasource.url"))
            .isEqualTo(infrastructure.jdbcUrl("real_infra_check"));
        assertThat(this.environment.getProperty("spring.kafka.bootstrap-servers"))
            .isEqualTo(infrastructure.kafkaBootstrapServers());
        assertThat(this.environment.getProperty("spring.security.oauth2.resourceserver.jwt.issuer-uri"))
            .isEqualTo(infrastructure.issuerUri());
        this.kafka.send("real-infra-check", "ping").get(30, TimeUnit.SECONDS);
    }

    @Test
    void realTokenIsAcceptedAndTheDatabaseIsNamedAfterTheApplication() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        URI uri = URI.create("http://127.0.0.1:" + this.port + "/whoami");
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri)
            .header("Authorization", "Bearer " + Tokens.password("mark.manager"))
            .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"chain\":\"demo-chain\"", "\"database\":\"real_infra_check\"");
    }

    @SpringBootApplication
    @RestController
    static class App {

        private final JdbcTemplate jdbc;

        App(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @GetMapping("/whoami")
        Map<String, Object> whoami(@AuthenticationPrincipal Jwt jwt) {
            return Map.of("chain", jwt.getClaimAsString("chain_id"), "database",
                    this.jdbc.queryForObject("select current_database()", String.class));
        }

    }

}
