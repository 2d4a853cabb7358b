package com.clinicchain.inventory.coldchain;

import static com.clinicchain.inventory.Fixtures.receive;
import static com.clinicchain.inventory.Fixtures.token;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.clinicchain.inventory.Fixtures;
import com.clinicchain.inventory.Fixtures.Lot;
import com.clinicchain.inventory.InventoryIntegrationTest;
import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.ApiClient.Reply;
import com.clinicchain.testsupport.Infrastructure;
import com.clinicchain.testsupport.Tokens;

/**
 * A fridge-sensor system with a real client-credentials token holding {@code inventory.write}. The realm file
 * grants that scope to no client (partner-demo reads only), so the test registers a sensor client of the demo
 * chain through Keycloak's admin API, as an operator would, and removes it afterwards.
 */
class SensorPartnerApiTest extends InventoryIntegrationTest {

    static final String SECRET = "sensor-secret-" + UUID.randomUUID();
    static String clientId;
    static String clientLocation;
    static String sensor;

    @BeforeAll
    static void registerSensorClient() {
        clientId = "fridge-sensors-" + UUID.randomUUID().toString().substring(0, 8);
        ApiClient keycloak = new ApiClient(Infrastructure.get().keycloakBaseUrl());
        Reply created = keycloak.post(keycloakAdmin(), "/admin/realms/clinics/clients", Map.of(
                "clientId", clientId, "secret", SECRET, "publicClient", false, "serviceAccountsEnabled", true,
                "standardFlowEnabled", false, "directAccessGrantsEnabled", false,
                // as partner-demo, but writing stock instead of reading it; "profile" names the service account, which is
                // how the platform tells a partner from staff
                "defaultClientScopes", List.of("basic", "web-origins", "acr", "roles", "profile", "email",
                        "inventory.write"),
                "protocolMappers", List.of(
                        Map.of("name", "chain_id", "protocol", "openid-connect",
                                "protocolMapper", "oidc-hardcoded-claim-mapper", "config", Map.of(
                                        "claim.name", "chain_id", "claim.value", "demo-chain",
                                        "jsonType.label", "String", "access.token.claim", "true")),
                        Map.of("name", "audience clinic-api", "protocol", "openid-connect",
                                "protocolMapper", "oidc-audience-mapper", "config", Map.of(
                                        "included.custom.audience", "clinic-api", "access.token.claim", "true")))));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        clientLocation = created.location();
        sensor = Tokens.clientCredentials(clientId, SECRET);
        Map<String, Object> claims = Tokens.claims(sensor);
        assertThat(claims.get("scope").toString().split(" ")).contains("inventory.write").doesNotContain("inventory.read");
        assertThat(claims.get("chain_id")).isEqualTo("demo-chain");
        assertThat(claims.get("preferred_username")).isEqualTo("service-account-" + clientId);
    }

    @AfterAll
    static void removeSensorClient() throws Exception {
        if (clientLocation != null) {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(clientLocation))
                    .header("Authorization", "Bearer " + keycloakAdmin()).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        }
    }

    static String keycloakAdmin() {
        return Tokens.grant("master", Map.of("grant_type", "password", "client_id", "admin-cli",
                "username", "admin", "password", "admin"));
    }

    Reply reading(String fridge, double celsius, Instant at) {
        return api.post(sensor, "/api/inventory/fridges/" + fridge + "/readings",
                Map.of("celsius", celsius, "at", at.toString()));
    }

    @Test
    void aSensorRecordsReadingsThatQuarantineAWarmFridgesLots() {
        String clinic = Fixtures.newClinic();
        Lot lot = receive(api, clinic, 1);
        Reply fridge = api.post(token("alice.admin"), "/api/inventory/fridges", Map.of("clinicId", clinic, "name", "A"));
        String fridgeId = fridge.json().get("id").asString();
        assertThat(api.post(token("alice.admin"), "/api/inventory/fridges/" + fridgeId + "/lots",
                Map.of("lotId", lot.id().toString())).status()).isEqualTo(200);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        Reply first = reading(fridgeId, 11.5, now.minus(45, ChronoUnit.MINUTES));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        Reply second = reading(fridgeId, 12.0, now.minusSeconds(5));
        assertThat(second.status()).as(second.toString()).isEqualTo(201);

        assertThat(second.json().get("quarantinedLots").get(0).asString()).isEqualTo(lot.id().toString());
        assertThat(jdbc.sql("select status from lot where id = ?").param(lot.id()).query(String.class).single())
                .isEqualTo("QUARANTINED");
        assertThat(jdbc.sql("select distinct recorded_by from temperature_reading where fridge_id = ?")
                .param(UUID.fromString(fridgeId)).query(String.class).list())
                .as("a partner is named by its client").containsExactly(clientId);
    }

    @Test
    void aSensorChangesNothingElse() {
        String clinic = Fixtures.newClinic();
        Lot lot = receive(api, clinic, 2);
        String fridge = api.post(token("alice.admin"), "/api/inventory/fridges", Map.of("clinicId", clinic, "name", "A"))
                .json().get("id").asString();
        String vial = lot.vialIds().get(0).toString();
        String beforeStock = Fixtures.stockLine(api, clinic).toString();

        assertThat(api.post(sensor, "/api/inventory/lots", Map.of("productId", Fixtures.BOTOX, "lotNumber", "S1",
                "expiryDate", "2030-01-01", "supplier", "x", "clinicId", clinic, "vialCount", 1)).status())
                .isEqualTo(403);
        assertThat(api.post(sensor, "/api/inventory/vials/" + vial + "/reconstitute", Map.of("salineMl", 2.5))
                .status()).isEqualTo(403);
        assertThat(api.post(sensor, "/api/inventory/vials/" + vial + "/discard",
                Map.of("reason", "DROPPED", "note", "x")).status()).isEqualTo(403);
        assertThat(api.post(sensor, "/api/inventory/lots/" + lot.id() + "/quarantine", Map.of("reason", "warm"))
                .status()).isEqualTo(403);
        assertThat(api.post(sensor, "/api/inventory/fridges", Map.of("clinicId", clinic, "name", "B")).status())
                .isEqualTo(403);
        assertThat(api.post(sensor, "/api/inventory/fridges/" + fridge + "/lots", Map.of("lotId", lot.id().toString()))
                .status()).isEqualTo(403);
        assertThat(api.post(sensor, "/api/inventory/transfers", Map.of("fromClinicId", clinic, "toClinicId",
                Fixtures.newClinic(), "vialIds", List.of(vial))).status()).isEqualTo(403);
        assertThat(Fixtures.put(port, sensor, "/api/inventory/thresholds", Map.of("clinicId", clinic, "productId",
                Fixtures.BOTOX.toString(), "minUnits", 10)).status()).isEqualTo(403);
        assertThat(api.get(sensor, "/api/inventory/stock?clinicId=" + clinic).status())
                .as("writing readings is not reading stock").isEqualTo(403);

        assertThat(Fixtures.stockLine(api, clinic).toString()).isEqualTo(beforeStock);
        assertThat(jdbc.sql("select count(*) from vial where lot_id = ? and status = 'SEALED'").param(lot.id())
                .query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select status from lot where id = ?").param(lot.id()).query(String.class).single())
                .isEqualTo("AVAILABLE");
        Reply otherChainsFridge = api.post(token("oscar.other"), "/api/inventory/fridges",
                Map.of("clinicId", "other-clinic", "name", "Sensor test " + UUID.randomUUID()));
        assertThat(otherChainsFridge.status()).as(otherChainsFridge.toString()).isEqualTo(201);
        assertThat(reading(otherChainsFridge.json().get("id").asString(), 4.0, Instant.now().minusSeconds(5)).status())
                .as("another chain's fridge does not exist for this sensor").isEqualTo(404);
    }
}
