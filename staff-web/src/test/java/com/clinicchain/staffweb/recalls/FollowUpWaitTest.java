package com.clinicchain.staffweb.recalls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.clinicchain.staffweb.recalls.FollowUpWait.Next;

class FollowUpWaitTest {

    private static final Instant RECALLED = Instant.parse("2026-12-08T10:00:00Z");

    private static ExposedRow row(UUID followUp) {
        return new ExposedRow(UUID.randomUUID(), "MRN", "Liv Strand", null, null, null, UUID.randomUUID(),
                "clinic-north", RECALLED, 20, null, followUp, followUp == null ? null : "OPEN",
                followUp == null ? null : LocalDate.of(2026, 12, 8));
    }

    @Test
    void theRecallingPageAsksAgainWhileAFollowUpIsMissingForAMinute() {
        List<ExposedRow> missing = List.of(row(UUID.randomUUID()), row(null));
        assertThat(FollowUpWait.next(missing, RECALLED, RECALLED.plusSeconds(2))).isEqualTo(Next.ASK_AGAIN);
        assertThat(FollowUpWait.next(missing, RECALLED, RECALLED.plusSeconds(59))).isEqualTo(Next.ASK_AGAIN);
        assertThat(FollowUpWait.next(missing, RECALLED, RECALLED.plusSeconds(60))).isEqualTo(Next.GAVE_UP);
    }

    @Test
    void nothingIsAwaitedWhenEveryFollowUpIsThereOrThereAreNoPatients() {
        assertThat(FollowUpWait.next(List.of(row(UUID.randomUUID())), RECALLED, RECALLED.plusSeconds(1)))
                .isEqualTo(Next.NOTHING_TO_WAIT_FOR);
        assertThat(FollowUpWait.next(List.of(), RECALLED, RECALLED)).isEqualTo(Next.NOTHING_TO_WAIT_FOR);
    }

    @Test
    void anOrdinaryVisitOrAForgedTimeDoesNotPoll() {
        List<ExposedRow> missing = List.of(row(null));
        assertThat(FollowUpWait.next(missing, null, RECALLED)).isEqualTo(Next.GAVE_UP);
        assertThat(FollowUpWait.next(missing, RECALLED.plusSeconds(3600), RECALLED))
                .as("a recalledAt in the future would poll forever").isEqualTo(Next.GAVE_UP);
    }
}
