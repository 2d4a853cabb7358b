package com.clinicchain.staffweb.deliveries;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.staffweb.scanning.Gs1;

class DeliveryTest {

    private static final UUID BOTOX = UUID.randomUUID();
    private static final List<Delivery.Product> CATALOGUE = List.of(
            new Delivery.Product(UUID.randomUUID(), "Dysport", null),
            new Delivery.Product(BOTOX, "Botox", "09506000100012"));
    private static final Delivery TYPED = new Delivery("clinic-north", null, null, "2030-01-31", "4",
            "Allergan Aesthetics", "f1");

    @Test
    void aScanFillsProductLotAndExpiryAndKeepsWhatTheCodeDoesNotSay() {
        Delivery.Scan scan = TYPED.scanned("]d2" + "0109506000100012" + "17290600" + "10c3709c3" + Gs1.GROUP_SEPARATOR
                + "21000123", CATALOGUE);

        assertThat(scan.read()).isTrue();
        assertThat(scan.delivery()).isEqualTo(new Delivery("clinic-north", BOTOX.toString(), "c3709c3", "2029-06-30",
                "4", "Allergan Aesthetics", "f1"));
        assertThat(scan.message()).isEqualTo("Read Botox, lot c3709c3, expiring 2029-06-30. Count the vials and"
                + " choose the fridge.");
    }

    @Test
    void aCodeWithoutExpiryKeepsTheTypedOne() {
        Delivery.Scan scan = TYPED.scanned("(01)09506000100012(10)ABC", CATALOGUE);

        assertThat(scan.delivery().expiryDate()).isEqualTo("2030-01-31");
        assertThat(scan.message()).contains("the code has no expiry: type it");
    }

    @Test
    void aCartonOfNoProductOfTheCatalogueOrAnUnreadableCodeChangesNothing() {
        Delivery.Scan unknown = TYPED.scanned("(01)09506000134352(17)290600(10)ABC", CATALOGUE);
        Delivery.Scan unreadable = TYPED.scanned("(01)09506000134353(10)ABC", CATALOGUE);

        assertThat(unknown.read()).isFalse();
        assertThat(unknown.delivery()).isEqualTo(TYPED);
        assertThat(unknown.message()).contains("No product of the catalogue carries GTIN 09506000134352");
        assertThat(unreadable.read()).isFalse();
        assertThat(unreadable.delivery()).isEqualTo(TYPED);
        assertThat(unreadable.message()).startsWith("The code could not be read:").contains("check digit");
    }

    @Test
    void theRequestCarriesWhatWasTypedForTheServiceToJudge() {
        Map<String, String> form = new HashMap<>(Map.of("clinicId", "clinic-north", "productId", BOTOX.toString(),
                "lotNumber", " c3709c3 ", "expiryDate", "2020-01-01", "vialCount", "0", "supplier", "Allergan",
                "fridgeId", " "));

        Delivery delivery = Delivery.of(form);

        assertThat(delivery.toRequest()).containsEntry("lotNumber", "c3709c3").containsEntry("expiryDate", "2020-01-01")
                .containsEntry("vialCount", 0).doesNotContainKey("fridgeId");
        assertThat(delivery.toFridge()).isFalse();
        form.put("vialCount", "two");
        assertThat(Delivery.of(form).toRequest()).containsEntry("vialCount", "two");
        form.remove("vialCount");
        assertThat(Delivery.of(form).toRequest()).containsEntry("vialCount", null);
    }
}
