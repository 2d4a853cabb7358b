package com.clinicchain.treatment.session;

import static com.clinicchain.treatment.session.SessionStatus.BOOKED;
import static com.clinicchain.treatment.session.SessionStatus.CANCELLED;
import static com.clinicchain.treatment.session.SessionStatus.CHECKED_IN;
import static com.clinicchain.treatment.session.SessionStatus.COMPLETED;
import static com.clinicchain.treatment.session.SessionStatus.IN_PROGRESS;
import static com.clinicchain.treatment.session.SessionStatus.NO_SHOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;


class SessionStatusTest {

    @Test
    void theDayRunsBookedCheckedInInProgressCompleted() {
        assertThat(BOOKED.mayBecome(CHECKED_IN)).isTrue();
        assertThat(CHECKED_IN.mayBecome(IN_PROGRESS)).isTrue();
        assertThat(IN_PROGRESS.mayBecome(COMPLETED)).isTrue();
    }

    @Test
    void aTreatmentChartedWithoutCheckInStillCompletes() {
        assertThat(BOOKED.mayBecome(COMPLETED)).isTrue();
        assertThat(CHECKED_IN.mayBecome(COMPLETED)).isTrue();
    }

    @Test
    void onlyABookedPatientCanBeANoShowButAnyOpenSessionCanBeCancelled() {
        assertThat(BOOKED.mayBecome(NO_SHOW)).isTrue();
        assertThat(CHECKED_IN.mayBecome(NO_SHOW)).isFalse();
        assertThat(IN_PROGRESS.mayBecome(NO_SHOW)).isFalse();
        assertThat(BOOKED.mayBecome(CANCELLED)).isTrue();
        assertThat(CHECKED_IN.mayBecome(CANCELLED)).isTrue();
        assertThat(IN_PROGRESS.mayBecome(CANCELLED)).isTrue();
    }

    @Test
    void nothingGoesBackwardsOrSkipsCheckInToStart() {
        assertThat(BOOKED.mayBecome(IN_PROGRESS)).isFalse();
        assertThat(IN_PROGRESS.mayBecome(CHECKED_IN)).isFalse();
        assertThat(CHECKED_IN.mayBecome(BOOKED)).isFalse();
        assertThat(BOOKED.mayBecome(BOOKED)).isFalse();
    }

    @Test
    void finishedSessionsAreFinal() {
        for (SessionStatus end : new SessionStatus[] {COMPLETED, CANCELLED, NO_SHOW}) {
            assertThat(end.next()).isEmpty();
            assertThat(SessionStatus.OPEN).doesNotContain(end);
        }
    }

    @Test
    void theSqlListsNameEveryStatusOnceAndOpenOnesOnlyAsOpen() {
        assertThat(SessionStatus.OPEN_SQL).isEqualTo("('BOOKED', 'CHECKED_IN', 'IN_PROGRESS')");
        assertThat(SessionStatus.CLOSED_SQL).isEqualTo("('COMPLETED', 'CANCELLED', 'NO_SHOW')");
        for (SessionStatus open : SessionStatus.OPEN) {
            assertThat(open.next()).as("an open session can still end").isNotEmpty();
        }
    }

    @Test
    void aSessionDoesNotMakeAMoveTheLifecycleForbids() {
        // the service answers 409 before asking (SessionApiTest); asking anyway is a programming error
        assertThat(COMPLETED.mayBecome(CANCELLED)).isFalse();
        assertThatThrownBy(() -> SessionChangesTest.session(COMPLETED).moveTo(CANCELLED, "too late"))
                .isInstanceOf(IllegalStateException.class);
    }
}
