package com.clinicchain.treatment.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.contracts.treatment.SessionCancelled;
import com.clinicchain.contracts.treatment.SessionCompleted;
import com.clinicchain.contracts.treatment.SessionCompleted.VialUse;

/** A session's changes return the changed session and the event each causes. */
class SessionChangesTest {

    static final Instant STARTS = Instant.parse("2026-12-01T10:00:00Z");

    static InjectionSession session(SessionStatus status) {
        return new InjectionSession(UUID.randomUUID(), "demo-chain", "clinic-north", UUID.randomUUID(), "nina.nurse",
                UUID.randomUUID(), STARTS, 30, 24, status, StockStatus.RESERVED, "rita.reception", null, null, 3, null,
                true);
    }

    @Test
    void aBookingStartsBookedAndAnnouncesItsExpectedUnits() {
        var booking = new InjectionSession.Booking("demo-chain", "clinic-north", UUID.randomUUID(), null,
                UUID.randomUUID(), STARTS, 30, 24, "rita.reception");
        var booked = InjectionSession.book(UUID.randomUUID(), booking);
        assertThat(booked.session().status()).isEqualTo(SessionStatus.BOOKED);
        assertThat(booked.session().stockStatus()).isEqualTo(StockStatus.PENDING);
        assertThat(booked.session().completedAt()).isNull();
        assertThat(booked.event()).hasValueSatisfying(event -> {
            assertThat(event.sessionId()).isEqualTo(booked.session().id());
            assertThat(event.expectedUnits()).isEqualTo(24);
            assertThat(event.startsAt()).isEqualTo(STARTS);
        });
    }

    @Test
    void checkInTellsNobodyButCancelAndNoShowGiveTheStockBack() {
        var checkedIn = session(SessionStatus.BOOKED).moveTo(SessionStatus.CHECKED_IN, null);
        assertThat(checkedIn.session().status()).isEqualTo(SessionStatus.CHECKED_IN);
        assertThat(checkedIn.session().version()).isEqualTo(4);
        assertThat(checkedIn.event()).isEmpty();

        var cancelled = session(SessionStatus.IN_PROGRESS).moveTo(SessionStatus.CANCELLED, "felt unwell");
        assertThat(cancelled.session().cancelReason()).isEqualTo("felt unwell");
        assertThat(cancelled.event()).map(SessionCancelled::reason).hasValue("felt unwell");

        var missed = session(SessionStatus.BOOKED).moveTo(SessionStatus.NO_SHOW, "ignored");
        assertThat(missed.session().cancelReason()).as("only a cancellation keeps a reason").isNull();
        assertThat(missed.event()).map(SessionCancelled::reason).hasValue("NO_SHOW");
    }

    @Test
    void completionRecordsWhoAndWhenClearsTheConsentFlagAndTellsTheVialsUsed() {
        Instant at = STARTS.plusSeconds(1200);
        List<VialUse> used = List.of(new VialUse(UUID.randomUUID(), "LOT-1", 20), new VialUse(UUID.randomUUID(),
                "LOT-2", 4));
        var completed = session(SessionStatus.CHECKED_IN).complete("nina.nurse", at, used);
        assertThat(completed.session().status()).isEqualTo(SessionStatus.COMPLETED);
        assertThat(completed.session().completedBy()).isEqualTo("nina.nurse");
        assertThat(completed.session().completedAt()).isEqualTo(at);
        assertThat(completed.session().consentWithdrawn()).isFalse();
        assertThat(completed.event()).hasValueSatisfying(event -> {
            assertThat(event.vialsUsed()).isEqualTo(used);
            assertThat(event.practitioner()).isEqualTo("nina.nurse");
        }).map(SessionCompleted::sessionId).hasValue(completed.session().id());
    }
}
