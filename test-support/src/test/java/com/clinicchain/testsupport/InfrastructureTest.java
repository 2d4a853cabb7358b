package com.clinicchain.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Proves the parts of {@link Infrastructure} are real servers, and the realm issues the tokens the services expect. */
class InfrastructureTest {

    private final Infrastructure infrastructure = Infrastructure.get();

    @Test
    void postgresIsARealPostgres17() throws Exception {
        String url = this.infrastructure.jdbcUrl("infrastructure_test");
        try (Connection connection = DriverManager.getConnection(url, this.infrastructure.dbUsername(),
                this.infrastructure.dbPassword());
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select version(), current_database()")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).startsWith("PostgreSQL 17.");
            assertThat(rs.getString(2)).isEqualTo("infrastructure_test");
        }
        // asking again for the same database is harmless
        assertThat(this.infrastructure.jdbcUrl("infrastructure_test")).isEqualTo(url);
    }

    @Test
    void kafkaRoundTrip() {
        String topic = "infrastructure-test-" + UUID.randomUUID();
        String bootstrap = this.infrastructure.kafkaBootstrapServers();
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(producerProps)) {
            producer.send(new ProducerRecord<>(topic, "clinic-north", "hello")).get();
        }
        catch (Exception ex) {
            throw new AssertionError(ex);
        }
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, "infrastructure-test");
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerProps)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                for (ConsumerRecord<String, String> record : records) {
                    assertThat(record.key()).isEqualTo("clinic-north");
                    assertThat(record.value()).isEqualTo("hello");
                    return;
                }
            }
        }
        throw new AssertionError("no record came back from " + topic);
    }

    @Test
    void receptionistTokenCarriesTenancyRolesAndAudience() {
        Map<String, Object> claims = Tokens.claims(Tokens.password("rita.reception"));
        assertThat(claims.get("iss")).isEqualTo(this.infrastructure.issuerUri());
        assertThat(audience(claims)).contains("clinic-api");
        assertThat(claims.get("chain_id")).isEqualTo("demo-chain");
        assertThat(claims.get("clinic_ids")).isEqualTo(List.of("clinic-north", "clinic-south"));
        assertThat(realmRoles(claims)).contains("receptionist").doesNotContain("admin", "manager", "practitioner");
        assertThat(claims.get("preferred_username")).isEqualTo("rita.reception");
        assertThat(claims.get("sub")).isNotNull();
        assertThat(claims.get("azp")).isEqualTo("clinic-cli");
        long lifetime = ((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue();
        assertThat(lifetime).isEqualTo(300);
    }

    @Test
    void otherChainAdminBelongsToOtherChain() {
        Map<String, Object> claims = Tokens.claims(Tokens.password("oscar.other"));
        assertThat(claims.get("chain_id")).isEqualTo("other-chain");
        assertThat(claims.get("clinic_ids")).isEqualTo(List.of("other-clinic"));
        assertThat(realmRoles(claims)).contains("admin");
        assertThat(audience(claims)).contains("clinic-api");
    }

    @Test
    void singleClinicUserStillGetsAListOfClinics() {
        Map<String, Object> claims = Tokens.claims(Tokens.password("nina.nurse"));
        assertThat(claims.get("clinic_ids")).isEqualTo(List.of("clinic-north"));
        assertThat(realmRoles(claims)).contains("practitioner");
    }

    @Test
    void partnerClientCredentialsTokenCarriesChainAndScopes() {
        Map<String, Object> claims = Tokens.claims(Tokens.clientCredentials("partner-demo", "partner-demo-secret"));
        assertThat(claims.get("iss")).isEqualTo(this.infrastructure.issuerUri());
        assertThat(claims.get("chain_id")).isEqualTo("demo-chain");
        assertThat(audience(claims)).contains("clinic-api");
        assertThat(List.of(((String) claims.get("scope")).split(" "))).contains("patients.read", "sessions.write",
                "inventory.read")
            .doesNotContain("inventory.write");
        assertThat(claims.get("azp")).isEqualTo("partner-demo");
    }

    static List<String> audience(Map<String, Object> claims) {
        Object aud = claims.get("aud");
        if (aud instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).toList();
        }
        return (aud == null) ? List.of() : List.of(String.valueOf(aud));
    }

    @SuppressWarnings("unchecked")
    static List<String> realmRoles(Map<String, Object> claims) {
        Map<String, Object> realmAccess = (Map<String, Object>) claims.get("realm_access");
        assertThat(realmAccess).as("realm_access claim").isNotNull();
        return (List<String>) realmAccess.get("roles");
    }

}
