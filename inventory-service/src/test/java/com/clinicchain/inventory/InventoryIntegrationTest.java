package com.clinicchain.inventory;

import org.springframework.boot.test.context.SpringBootTest;

import com.clinicchain.testsupport.RealInfrastructure;

/**
 * The one Spring setup of the integration tests (so they share one application context): the whole service on a
 * random port, on real PostgreSQL, Kafka and Keycloak from test-support.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure
public abstract class InventoryIntegrationTest {
}
