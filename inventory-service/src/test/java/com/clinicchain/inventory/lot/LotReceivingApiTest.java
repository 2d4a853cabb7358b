package com.clinicchain.inventory.lot;

import com.clinicchain.testsupport.DemoProducts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicchain.inventory.InventoryServiceTest;
import com.clinicchain.testsupport.ApiClient;
import com.clinicchain.testsupport.OpenApiDocument;
import com.clinicchain.testsupport.ApiClient.Reply;
import com.clinicchain.testsupport.Tokens;

import tools.jackson.databind.JsonNode;

/** Receiving lots and reading stock over HTTP with real Keycloak tokens, against real PostgreSQL and Kafka. */
class LotReceivingApiTest extends InventoryServiceTest {

    static final String BOTOX = DemoProducts.BOTOX_ID;

    static Map<String, Object> lot(String clinicId, int vialCount) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("productId", BOTOX);
        body.put("lotNumber", "T" + UUID.randomUUID().toString().substring(0, 8));
        body.put("expiryDate", LocalDate.now().plusYears(2).toString());
        body.put("supplier", "Allergan Aesthetics");
        body.put("clinicId", clinicId);
        body.put("vialCount", vialCount);
        return body;
    }

    int onHandAt(String token, String clinicId) {
        Reply reply = api.get(token, "/api/inventory/stock?clinicId=" + clinicId);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        for (JsonNode line : reply.json()) {
            if (line.get("productId").asString().equals(BOTOX)) {
                return line.get("onHandUnits").asInt();
            }
        }
        return 0;
    }

    long storedLots() {
        return jdbc.sql("select count(*) from lot").query(Long.class).single();
    }

    @Test
    void aManagerReceivesALotIntoTheClinicsStock() {
        String manager = Tokens.password("mark.manager");
        int before = onHandAt(manager, "clinic-north");

        Reply reply = api.post(manager, "/api/inventory/lots", lot("clinic-north", 3));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        JsonNode lot = reply.json();
        assertThat(reply.location()).isEqualTo("/api/inventory/lots/" + lot.get("id").asString());
        assertThat(lot.get("vialIds")).hasSize(3);
        assertThat(lot.get("unitsPerVial").asInt()).isEqualTo(100);
        assertThat(lot.get("receivedBy").asString()).isEqualTo("mark.manager");
        assertThat(onHandAt(manager, "clinic-north")).isEqualTo(before + 300);

        Reply read = api.get(manager, reply.location());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("vialIds")).isEqualTo(lot.get("vialIds"));

        Reply vials = api.get(manager, "/api/inventory/vials?clinicId=clinic-north&page=0&size=100");
        assertThat(vials.status()).isEqualTo(200);
        assertThat(vials.json().get("totalItems").asLong()).isGreaterThanOrEqualTo(3);
        JsonNode first = vials.json().get("items").get(0);
        assertThat(first.get("status").asString()).isEqualTo("SEALED");
        assertThat(first.get("unitsRemaining").asInt()).isEqualTo(100);
        assertThat(first.has("lotNumber") && first.has("expiryDate")).isTrue();

        // the event is recorded with the change; the relay publishes it keyed by the lot
        assertThat(jdbc.sql("select event_type from outbox_event where topic = 'inventory-events' and record_key = ?")
                .param(lot.get("id").asString()).query(String.class).list()).containsExactly("LotReceived");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndStoresNothing() {
        String manager = Tokens.password("mark.manager");
        long lots = storedLots();
        int before = onHandAt(manager, "clinic-north");

        Map<String, Object> tooMany = lot("clinic-north", 501);
        Map<String, Object> none = lot("clinic-north", 0);
        Map<String, Object> noProduct = lot("clinic-north", 1);
        noProduct.remove("productId");
        Map<String, Object> unknownProduct = lot("clinic-north", 1);
        unknownProduct.put("productId", UUID.randomUUID().toString());
        Map<String, Object> notANumber = lot("clinic-north", 1);
        notANumber.put("vialCount", "many");
        Map<String, Object> badDate = lot("clinic-north", 1);
        badDate.put("expiryDate", "2030-02-31");
        Map<String, Object> badLotNumber = lot("clinic-north", 1);
        badLotNumber.put("lotNumber", "<script>");

        assertRefused(api.post(manager, "/api/inventory/lots", tooMany), "vialCount");
        assertRefused(api.post(manager, "/api/inventory/lots", none), "vialCount");
        assertRefused(api.post(manager, "/api/inventory/lots", noProduct), "productId");
        assertRefused(api.post(manager, "/api/inventory/lots", unknownProduct), "productId");
        assertRefused(api.post(manager, "/api/inventory/lots", notANumber), "vialCount");
        // platform-kit names the field "body" when the parse error has a cause of its own (as dates do)
        assertThat(api.post(manager, "/api/inventory/lots", badDate).status()).isEqualTo(400);
        assertRefused(api.post(manager, "/api/inventory/lots", badLotNumber), "lotNumber");

        assertThat(storedLots()).isEqualTo(lots);
        assertThat(onHandAt(manager, "clinic-north")).isEqualTo(before);
    }

    @Test
    void anExpiredLotIsRefused() {
        String manager = Tokens.password("mark.manager");
        long lots = storedLots();
        Map<String, Object> expiresToday = lot("clinic-north", 1);
        expiresToday.put("expiryDate", LocalDate.now().toString());
        Map<String, Object> expired = lot("clinic-north", 1);
        expired.put("expiryDate", LocalDate.now().minusMonths(1).toString());

        assertRefused(api.post(manager, "/api/inventory/lots", expiresToday), "expiryDate");
        assertRefused(api.post(manager, "/api/inventory/lots", expired), "expiryDate");
        assertThat(storedLots()).isEqualTo(lots);
    }

    @Test
    void aLaterDeliveryOfTheSameLotNumberAddsVialsToThatLot() {
        String manager = Tokens.password("mark.manager");
        Map<String, Object> first = lot("clinic-north", 1);
        Reply received = api.post(manager, "/api/inventory/lots", first);
        assertThat(received.status()).isEqualTo(201);
        int before = onHandAt(manager, "clinic-south");
        long lots = storedLots();

        Map<String, Object> again = new LinkedHashMap<>(first);
        again.put("clinicId", "clinic-south");
        again.put("lotNumber", " " + first.get("lotNumber").toString().toLowerCase() + " ");
        Reply reply = api.post(manager, "/api/inventory/lots", again);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        assertThat(reply.json().get("id").asString()).isEqualTo(received.json().get("id").asString());
        assertThat(reply.location()).isEqualTo(received.location());
        assertThat(reply.json().get("lotNumber").asString()).isEqualTo(received.json().get("lotNumber").asString());
        assertThat(reply.json().get("vialCount").asInt()).isEqualTo(2);
        assertThat(reply.json().get("vialIds")).hasSize(1);
        assertThat(onHandAt(manager, "clinic-south")).isEqualTo(before + 100);
        assertThat(storedLots()).isEqualTo(lots);
    }

    @Test
    void anotherChainsLotIsNotFound() {
        Reply received = api.post(Tokens.password("mark.manager"), "/api/inventory/lots", lot("clinic-south", 1));
        assertThat(received.status()).isEqualTo(201);
        String outsider = Tokens.password("oscar.other");

        Reply reply = api.get(outsider, received.location());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(api.get(outsider, "/api/inventory/stock").json()).isEmpty();
        assertThat(api.get(outsider, "/api/inventory/vials?clinicId=clinic-south").json().get("totalItems").asLong())
                .isZero();
    }

    @Test
    void onlyManagersAndAdminsReceiveAndOnlyWithAToken() {
        long lots = storedLots();
        Reply receptionist = api.post(Tokens.password("rita.reception"), "/api/inventory/lots", lot("clinic-north", 1));
        assertThat(receptionist.status()).as(receptionist.toString()).isEqualTo(403);
        assertThat(receptionist.contentType()).startsWith("application/problem+json");
        Reply nurse = api.post(Tokens.password("nina.nurse"), "/api/inventory/lots", lot("clinic-north", 1));
        assertThat(nurse.status()).isEqualTo(403);
        Reply anonymous = api.post(null, "/api/inventory/lots", lot("clinic-north", 1));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(api.get(null, "/api/inventory/stock").status()).isEqualTo(401);
        assertThat(storedLots()).isEqualTo(lots);

        Reply admin = api.post(Tokens.password("alice.admin"), "/api/inventory/lots", lot("clinic-south", 1));
        assertThat(admin.status()).as(admin.toString()).isEqualTo(201);
    }

    @Test
    void staffReadStockOnlyAtTheirClinicsAdminsAndPartnersAcrossTheChain() {
        api.post(Tokens.password("mark.manager"), "/api/inventory/lots", lot("clinic-south", 1));
        String nurse = Tokens.password("nina.nurse");
        assertThat(api.get(nurse, "/api/inventory/stock?clinicId=clinic-north").status()).isEqualTo(200);
        Reply elsewhere = api.get(nurse, "/api/inventory/stock?clinicId=clinic-south");
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(403);
        assertThat(api.get(nurse, "/api/inventory/vials?clinicId=clinic-south").status()).isEqualTo(403);
        for (JsonNode line : api.get(nurse, "/api/inventory/stock").json()) {
            assertThat(line.get("clinicId").asString()).isEqualTo("clinic-north");
        }

        String partnerToken = Tokens.clientCredentials("partner-demo", "partner-demo-secret");
        Reply partner = api.get(partnerToken, "/api/inventory/stock?clinicId=clinic-south");
        assertThat(partner.status()).as(partner + " " + Tokens.claims(partnerToken)).isEqualTo(200);
        JsonNode line = partner.json().get(0);
        assertThat(line.get("brand").asString()).isEqualTo("Botox");
        assertThat(line.get("availableUnits").asInt())
                .isEqualTo(line.get("onHandUnits").asInt() - line.get("reservedUnits").asInt());
        assertThat(line.get("sealedVials").asInt()).isPositive();

        assertThat(api.get(Tokens.password("alice.admin"), "/api/inventory/stock?clinicId=clinic-south").status())
                .isEqualTo(200);
        var product = api.get(nurse, "/api/inventory/products").json().get(0);
        assertThat(product.get("genericName").asString()).isEqualTo("onabotulinumtoxinA");
        assertThat(product.get("gtin").asString()).as("the carton's GTIN, for scanning").isEqualTo("09506000100012");
    }

    @Test
    void publishesItsOpenApiDocumentWithTheKeycloakSchemeWithoutAToken() {
        OpenApiDocument.assertPublished(api, "inventory-service", "/api/inventory/lots", "/api/inventory/lots/{id}", "/api/inventory/stock");
    }

    private static void assertRefused(Reply reply, String field) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").get(0).get("field").asString()).as(reply.toString()).isEqualTo(field);
    }
}
