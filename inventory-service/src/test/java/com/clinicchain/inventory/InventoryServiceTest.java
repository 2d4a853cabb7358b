package com.clinicchain.inventory;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.RealInfrastructure;

/**
 * The one Spring setup of the integration tests (so they share one application context): the whole service on a
 * random port, on real PostgreSQL, Kafka and Keycloak from test-support, with a client and the database at hand.
 */
// the expiry and silence checks run only when a test calls them, so that they cannot act half-way through a test
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"clinic.inventory.expiry-check-delay=P1D", "clinic.inventory.silence-check-delay=P1D"})
@RealInfrastructure
public abstract class InventoryServiceTest {

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient("http://127.0.0.1:" + port);
        // stock is written only at clinics of the registry: the demo realm's, as production hears of them
        Fixtures.registerDemoClinics();
    }
}
