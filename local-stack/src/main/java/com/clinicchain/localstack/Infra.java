package com.clinicchain.localstack;

import java.util.function.UnaryOperator;

/**
 * Where the apps find their infrastructure: the local stack's embedded servers, or the test suite's.
 *
 * @param jdbcUrl gives the JDBC URL of a database by name, creating it when needed
 */
public record Infra(UnaryOperator<String> jdbcUrl, String dbUsername, String dbPassword, String kafkaBootstrapServers,
                    String issuerUri) {
}
