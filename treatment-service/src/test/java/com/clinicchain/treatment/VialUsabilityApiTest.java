package com.clinicchain.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.contracts.EventEnvelope;
import com.clinicchain.contracts.Events;
import com.clinicchain.contracts.inventory.LotQuarantined;
import com.clinicchain.contracts.inventory.LotRecalled;
import com.clinicchain.contracts.inventory.LotReleased;
import com.clinicchain.contracts.inventory.VialDiscarded;
import com.clinicchain.contracts.inventory.VialReconstituted;
import com.clinicchain.contracts.inventory.VialsDispatched;
import com.clinicchain.contracts.inventory.VialsQuarantined;
import com.clinicchain.contracts.inventory.VialsReleased;
import com.clinicchain.contracts.inventory.VialsReturned;
import com.clinicchain.contracts.inventory.VialsTransferred;
import com.clinicchain.testsupport.ApiClient.Reply;

class VialUsabilityApiTest extends TreatmentServiceTest {

    static final LocalDate NEXT_YEAR = LocalDate.now().plusYears(1);

    @Test
    void recalledQuarantinedDiscardedAndStaleVialsAreRefusedByNameUntilReleased() {
        UUID recalledLot = UUID.randomUUID();
        UUID quarantinedLot = UUID.randomUUID();
        UUID recalled = receiveVial("LOT-RECALL-" + recalledLot, recalledLot, NEXT_YEAR);
        UUID quarantined = receiveVial("LOT-Q", quarantinedLot, NEXT_YEAR);
        UUID discarded = receiveVial("LOT-D", UUID.randomUUID(), NEXT_YEAR);
        UUID stale = receiveSealedVial("LOT-S", UUID.randomUUID(), NEXT_YEAR);
        UUID fresh = receiveSealedVial("LOT-F", UUID.randomUUID(), NEXT_YEAR);
        publish(Events.INVENTORY_TOPIC, recalledLot, new LotRecalled(recalledLot, "LOT-RECALL-" + recalledLot, BOTOX,
                "supplier notice"));
        publish(Events.INVENTORY_TOPIC, quarantinedLot, new LotQuarantined(quarantinedLot, "LOT-Q", BOTOX, NORTH,
                "fridge at 11 °C"));
        publish(Events.INVENTORY_TOPIC, discarded, new VialDiscarded(discarded, UUID.randomUUID(), NORTH, BOTOX,
                "DROPPED", 100));
        publish(Events.INVENTORY_TOPIC, stale, reconstituted(stale, Instant.now().minus(Duration.ofHours(25))));
        publish(Events.INVENTORY_TOPIC, fresh, reconstituted(fresh, Instant.now().minus(Duration.ofHours(1))));
        List.of(recalled, quarantined, discarded, stale, fresh).forEach(this::awaitVial);
        await().atMost(Duration.ofSeconds(30)).until(() -> count("select count(*) from lot_block where lot_id in (?, ?)",
                recalledLot, quarantinedLot) == 2 && count("select count(*) from vial_state where vial_id in (?, ?, ?)",
                discarded, stale, fresh) == 3);

        String id = bookedSession(consentedPatient(), 50);
        Reply refused = api.post(nina, "/api/sessions/" + id + "/complete", Map.of("injections", List.of(
                log(recalled), log(quarantined), log(discarded), log(stale), log(fresh))));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(rules(refused)).containsExactly("LOT_RECALLED", "LOT_QUARANTINED", "VIAL_DISCARDED",
                "VIAL_RECONSTITUTED_OVER_24H");

        publish(Events.INVENTORY_TOPIC, quarantinedLot, new LotReleased(quarantinedLot, "LOT-Q", NORTH, "checked"));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from lot_block where lot_id = ?", quarantinedLot) == 0);
        Reply completed = api.post(nina, "/api/sessions/" + id + "/complete", Map.of("injections", List.of(
                log(quarantined), log(fresh))));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
    }

    @Test
    void aVialTransferredToAnotherClinicIsUsedThereNotHere() {
        UUID vial = receiveVial("LOT-T", UUID.randomUUID(), NEXT_YEAR);
        UUID transfer = UUID.randomUUID();
        publish(Events.INVENTORY_TOPIC, transfer, new VialsTransferred(transfer, NORTH, "clinic-south", BOTOX,
                List.of(vial)));
        awaitVial(vial);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from vial_state where vial_id = ? and clinic_id = 'clinic-south'", vial) == 1);

        String id = bookedSession(consentedPatient(), 10);
        Reply refused = api.post(nina, "/api/sessions/" + id + "/complete", Map.of("injections", List.of(log(vial))));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(rules(refused)).containsExactly("VIAL_AT_ANOTHER_CLINIC");
    }

    /**
     * Issue 11, defect 4: from dispatch until receipt a vial is at no clinic, not even the one that sent it; a
     * cancelled transfer puts it back at the sender, a received one at the receiver.
     */
    @Test
    void aVialInTransitIsChartedNowhereUntilReceivedOrReturned() {
        UUID returning = receiveVial("LOT-TRANSIT-R", UUID.randomUUID(), NEXT_YEAR);
        UUID arriving = receiveVial("LOT-TRANSIT-A", UUID.randomUUID(), NEXT_YEAR);
        List.of(returning, arriving).forEach(this::awaitVial);
        UUID cancelled = UUID.randomUUID();
        UUID received = UUID.randomUUID();
        publish(Events.INVENTORY_TOPIC, cancelled, new VialsDispatched(cancelled, NORTH, "clinic-south", BOTOX,
                List.of(returning)));
        publish(Events.INVENTORY_TOPIC, received, new VialsDispatched(received, NORTH, "clinic-south", BOTOX,
                List.of(arriving)));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from vial_transit where vial_id in (?, ?) and not ended", returning, arriving) == 2);

        String id = bookedSession(consentedPatient(), 20);
        Reply inTransit = api.post(nina, "/api/sessions/" + id + "/complete", Map.of("injections", List.of(
                log(returning), log(arriving))));
        assertThat(inTransit.status()).as(inTransit.toString()).isEqualTo(422);
        assertThat(rules(inTransit)).containsExactly("VIAL_IN_TRANSIT", "VIAL_IN_TRANSIT");

        publish(Events.INVENTORY_TOPIC, cancelled, new VialsReturned(cancelled, NORTH, BOTOX, List.of(returning)));
        publish(Events.INVENTORY_TOPIC, received, new VialsTransferred(received, NORTH, "clinic-south", BOTOX,
                List.of(arriving)));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from vial_transit where vial_id in (?, ?) and not ended", returning, arriving) == 0);
        Reply arrived = api.post(nina, "/api/sessions/" + id + "/complete", Map.of("injections", List.of(
                log(returning), log(arriving))));
        assertThat(arrived.status()).as(arrived.toString()).isEqualTo(422);
        assertThat(rules(arrived)).containsExactly("VIAL_AT_ANOTHER_CLINIC");
        Reply completed = api.post(nina, "/api/sessions/" + id + "/complete", Map.of("injections", List.of(
                log(returning))));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
    }

    /** Issue 11, defect 2: a sealed vial is reconstituted (in inventory) before anything is charted from it. */
    @Test
    void aSealedVialIsRefusedUntilReconstituted() {
        UUID lot = UUID.randomUUID();
        UUID vial = receiveSealedVial("LOT-SEALED", lot, NEXT_YEAR);
        awaitSealedVial(vial);
        String id = bookedSession(consentedPatient(), 20);
        Reply sealed = api.post(nina, "/api/sessions/" + id + "/complete", injections(vial, 20));
        assertThat(sealed.status()).as(sealed.toString()).isEqualTo(422);
        assertThat(rules(sealed)).containsExactly("VIAL_NOT_RECONSTITUTED");
        assertThat(api.get(rita, "/api/sessions/" + id).json().get("status").asString()).isEqualTo("BOOKED");

        publish(Events.INVENTORY_TOPIC, vial, reconstituted(vial, Instant.now().minusSeconds(60)));
        awaitVial(vial);
        Reply completed = api.post(nina, "/api/sessions/" + id + "/complete", injections(vial, 20));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
    }

    /** Issue 11, defect 3: against the units the vial has left, as this service charted them, not its size. */
    @Test
    void aVialNeverGivesMoreThanItHasLeft() {
        UUID vial = receiveVial("LOT-LEFT", UUID.randomUUID(), NEXT_YEAR);
        awaitVial(vial);
        completedSession(consentedPatient(), vial, 64);

        String id = bookedSession(consentedPatient(), 64);
        Reply overdrawn = api.post(nina, "/api/sessions/" + id + "/complete", injections(vial, 64));
        assertThat(overdrawn.status()).as(overdrawn.toString()).isEqualTo(422);
        assertThat(rules(overdrawn)).containsExactly("VIAL_OVERDRAWN");
        assertThat(overdrawn.json().get("detail").asString()).contains("36 U left");
        Reply rest = api.post(nina, "/api/sessions/" + id + "/complete", injections(vial, 36));
        assertThat(rest.status()).as(rest.toString()).isEqualTo(200);
    }

    /**
     * Issue 11, defect 6: a fridge excursion quarantines the vials that were in that fridge, not their lot; each is
     * released on its own, and a quarantine heard late (it happened before the release) does not undo the release.
     */
    @Test
    void aVialQuarantinedByItsFridgeIsRefusedUntilReleasedWhileTheRestOfItsLotIsUsed() {
        UUID lot = UUID.randomUUID();
        UUID warm = receiveVial("LOT-WARM", lot, NEXT_YEAR);
        UUID cold = receiveVial("LOT-WARM", lot, NEXT_YEAR);
        List.of(warm, cold).forEach(this::awaitVial);
        UUID fridge = UUID.randomUUID();
        Instant excursion = Instant.now();
        VialsQuarantined quarantine = new VialsQuarantined(NORTH, fridge, List.of(warm), "fridge at 11 °C for 40 min");
        publish(Events.INVENTORY_TOPIC, fridge, quarantine);
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from vial_hold where vial_id = ? and held", warm) == 1);

        String id = bookedSession(consentedPatient(), 20);
        Reply refused = api.post(nina, "/api/sessions/" + id + "/complete", Map.of("injections", List.of(
                log(warm), log(cold))));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(422);
        assertThat(rules(refused)).containsExactly("VIAL_QUARANTINED");

        publish(Events.INVENTORY_TOPIC, warm, new VialsReleased(NORTH, List.of(warm), "maker's stability data"));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from vial_hold where vial_id = ? and not held", warm) == 1);
        kafka.send(Events.INVENTORY_TOPIC, fridge.toString(), json.writeValueAsString(new EventEnvelope<>(
                UUID.randomUUID(), EventEnvelope.typeOf(VialsQuarantined.class), Events.CURRENT_VERSION, excursion.minusSeconds(1), "demo-chain",
                quarantine))).join();
        UUID later = receiveVial("LOT-LATER", UUID.randomUUID(), NEXT_YEAR);
        publish(Events.INVENTORY_TOPIC, fridge, new VialsQuarantined(NORTH, fridge, List.of(later), "marker"));
        await().atMost(Duration.ofSeconds(30)).until(() ->
                count("select count(*) from vial_hold where vial_id = ?", later) == 1);

        Reply completed = api.post(nina, "/api/sessions/" + id + "/complete", Map.of("injections", List.of(
                log(warm), log(cold))));
        assertThat(completed.status()).as(completed.toString()).isEqualTo(200);
    }

    private static VialReconstituted reconstituted(UUID vial, Instant at) {
        return new VialReconstituted(vial, UUID.randomUUID(), NORTH, at, new BigDecimal("2.5"), new BigDecimal("4"));
    }

    private static Map<String, Object> log(UUID vial) {
        return Map.of("area", "GLABELLAR_LINES", "units", 10, "vialId", vial.toString());
    }
}
