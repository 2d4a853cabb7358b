package com.clinicchain.embedded;

import kafka.server.BrokerServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real in-process Kafka 4 broker in KRaft mode (one combined broker/controller node) from spring-kafka-test.
 * <p>
 * Clients use the extra listener {@code LOCAL://127.0.0.1:<port>}; the test kit's own listeners (EXTERNAL for
 * inter-broker traffic, CONTROLLER) stay on prebound random ports - KafkaClusterTestKit cannot give them fixed ones.
 */
public final class EmbeddedKafkaServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaServer.class);

    private final EmbeddedKafkaKraftBroker broker;

    private final int port;

    private volatile boolean closed;

    private EmbeddedKafkaServer(EmbeddedKafkaKraftBroker broker, int port) {
        this.broker = broker;
        this.port = port;
    }

    /** Starts the broker; {@code port} 0 picks a free one. */
    public static EmbeddedKafkaServer start(int port) {
        long started = System.nanoTime();
        int clientPort = (port > 0) ? port : InfraSettings.freePort();
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.brokerListProperty("clinic.embedded.kafka.bootstrap-servers");
        broker.brokerProperty("listeners",
                "EXTERNAL://localhost:0,CONTROLLER://localhost:0,LOCAL://127.0.0.1:" + clientPort);
        broker.brokerProperty("listener.security.protocol.map",
                "EXTERNAL:PLAINTEXT,CONTROLLER:PLAINTEXT,LOCAL:PLAINTEXT");
        broker.brokerProperty("auto.create.topics.enable", "true");
        broker.brokerProperty("transaction.state.log.replication.factor", "1");
        broker.brokerProperty("transaction.state.log.min.isr", "1");
        broker.brokerProperty("share.coordinator.state.topic.replication.factor", "1");
        broker.brokerProperty("share.coordinator.state.topic.min.isr", "1");
        broker.afterPropertiesSet();
        EmbeddedKafkaServer server = new EmbeddedKafkaServer(broker, clientPort);
        log.info("embedded Kafka (KRaft) on {} started in {} ms", server.bootstrapServers(),
                (System.nanoTime() - started) / 1_000_000);
        return server;
    }

    /** {@code 127.0.0.1:<port>}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + this.port;
    }

    public int port() {
        return this.port;
    }

    /** The underlying spring-kafka-test broker (topics, admin helpers). */
    public EmbeddedKafkaKraftBroker broker() {
        return this.broker;
    }

    /**
     * Stops the broker but not the KRaft controller beside it: clients see the broker gone (a broker outage) while
     * its log directory, and so every record and committed offset, stays for {@link #startBroker()}.
     */
    public synchronized void stopBroker() {
        long started = System.nanoTime();
        this.broker.getCluster().brokers().values().forEach(BrokerServer::shutdown);
        log.info("embedded Kafka broker on {} stopped in {} ms", bootstrapServers(), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Starts the broker stopped by {@link #stopBroker()} again on the same port with the same data; returns once it
     * serves (it waits for the controller to expire the previous registration, a few seconds).
     */
    public synchronized void startBroker() {
        long started = System.nanoTime();
        this.broker.getCluster().brokers().values().forEach(BrokerServer::startup);
        log.info("embedded Kafka broker on {} started again in {} ms", bootstrapServers(),
                (System.nanoTime() - started) / 1_000_000);
    }

    @Override
    public synchronized void close() {
        if (!this.closed) {
            this.closed = true;
            this.broker.destroy();
        }
    }

}
