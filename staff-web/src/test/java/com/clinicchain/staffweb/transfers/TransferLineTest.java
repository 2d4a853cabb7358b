package com.clinicchain.staffweb.transfers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TransferLineTest {

    private static final Instant NOW = Instant.parse("2026-12-07T15:00:00Z");
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static TransferLine.Transfer transfer(String status, Instant dispatchedAt) {
        return new TransferLine.Transfer(UUID.randomUUID(), "clinic-north", "clinic-south", UUID.randomUUID(), status,
                200, List.of(UUID.randomUUID(), UUID.randomUUID()), "mark.manager", NOW.minus(Duration.ofDays(3)),
                dispatchedAt == null ? null : "mona.manager", dispatchedAt);
    }

    @Test
    void aBoxOnTheRoadSaysSinceItsDispatchInTheSendersTime() {
        TransferLine line = TransferLine.of(transfer("IN_TRANSIT", NOW.minus(Duration.ofMinutes(185))), "Botox", OSLO,
                NOW, List.of("clinic-south"), false);

        assertThat(line.since()).isEqualTo("7 Dec 2026 12:55 (3 h 05 min ago)");
        assertThat(line.by()).isEqualTo("mona.manager");
        assertThat(line.vials()).isEqualTo(2);
        assertThat(line.mayReceive()).isTrue();
        assertThat(line.mayDispatch()).isFalse();
        assertThat(line.mayCancel()).isTrue();
    }

    @Test
    void aRequestIsDispatchedByTheSenderAndReceivedByNobodyYet() {
        TransferLine sender = TransferLine.of(transfer("REQUESTED", null), "Botox", OSLO, NOW, List.of("clinic-north"),
                false);
        TransferLine stranger = TransferLine.of(transfer("REQUESTED", null), "Botox", OSLO, NOW, List.of("clinic-east"),
                false);
        TransferLine admin = TransferLine.of(transfer("REQUESTED", null), "Botox", OSLO, NOW, List.of(), true);

        assertThat(sender.since()).endsWith("(3 days ago)");
        assertThat(sender.by()).isEqualTo("mark.manager");
        assertThat(sender.mayDispatch()).isTrue();
        assertThat(sender.mayReceive()).isFalse();
        assertThat(stranger.mayDispatch() || stranger.mayReceive() || stranger.mayCancel()).isFalse();
        assertThat(admin.mayDispatch() && admin.mayCancel()).isTrue();
    }

    @Test
    void waitingIsSaidToTheMinute() {
        assertThat(TransferLine.ago(NOW.plusSeconds(5), NOW)).isEqualTo("just now");
        assertThat(TransferLine.ago(NOW.minusSeconds(59), NOW)).isEqualTo("just now");
        assertThat(TransferLine.ago(NOW.minusSeconds(12 * 60 + 30), NOW)).isEqualTo("12 min ago");
        assertThat(TransferLine.ago(NOW.minus(Duration.ofHours(47)), NOW)).isEqualTo("47 h 00 min ago");
        assertThat(TransferLine.ago(NOW.minus(Duration.ofHours(49)), NOW)).isEqualTo("2 days ago");
    }
}
