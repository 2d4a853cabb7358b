package com.clinicchain.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The faults the fault-injection tests inject: each part goes away for real and comes back with its data. */
class InfrastructureFaultsTest {

    private final Infrastructure infrastructure = Infrastructure.get();

    @Test
    void postgresRestartsWithItsDataAndCutsOpenSessions() throws Exception {
        String url = this.infrastructure.jdbcUrl("infrastructure_faults_test");
        try (Connection before = connect(url)) {
            execute(before, "create table if not exists survivor (id int primary key)");
            execute(before, "insert into survivor values (1) on conflict do nothing");

            this.infrastructure.restartPostgres(Duration.ofMillis(500));

            assertThatThrownBy(() -> execute(before, "select 1")).isInstanceOf(SQLException.class);
        }
        try (Connection after = connect(url);
                Statement statement = after.createStatement();
                ResultSet rs = statement.executeQuery("select count(*) from survivor")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void kafkaComesBackOnTheSameAddressWithItsRecords() throws Exception {
        String topic = "infrastructure-faults-" + UUID.randomUUID();
        String bootstrap = this.infrastructure.kafkaBootstrapServers();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.MAX_BLOCK_MS_CONFIG, 120_000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "k", "before")).get(30, TimeUnit.SECONDS);

            this.infrastructure.stopKafka();
            // send() itself may block while the producer has no leader for the partition: wait in another thread
            var during = CompletableFuture.supplyAsync(() -> {
                try {
                    return producer.send(new ProducerRecord<>(topic, "k", "during")).get();
                }
                catch (Exception ex) {
                    throw new IllegalStateException(ex);
                }
            });
            TimeUnit.SECONDS.sleep(2);
            assertThat(during).as("nothing is acknowledged while the broker is away").isNotDone();
            this.infrastructure.startKafka();

            during.get(60, TimeUnit.SECONDS);
        }
        assertThat(bootstrap).isEqualTo(this.infrastructure.kafkaBootstrapServers());
        assertThat(readAll(bootstrap, topic, 2)).containsExactly("before", "during");
    }

    private static List<String> readAll(String bootstrap, String topic, int expected) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG, topic,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.size() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
            }
        }
        return values;
    }

    private Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, this.infrastructure.dbUsername(), this.infrastructure.dbPassword());
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

}
