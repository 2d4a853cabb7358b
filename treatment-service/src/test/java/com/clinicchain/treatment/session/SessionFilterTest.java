package com.clinicchain.treatment.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.clinicchain.kit.problem.ProblemException;

class SessionFilterTest {

    @Test
    void absentOrBlankAsksForEverySession() {
        assertThat(SessionFilter.parse(null, null)).isEqualTo(SessionFilter.ALL);
        assertThat(SessionFilter.parse(" ", "")).isEqualTo(SessionFilter.ALL);
        assertThat(SessionFilter.ALL.sql()).isEmpty();
        assertThat(SessionFilter.ALL.params()).isEmpty();
    }

    @Test
    void oneStockAnswerAndOpenSessionsOnly() {
        SessionFilter filter = SessionFilter.parse(" short ", "TRUE");
        assertThat(filter).isEqualTo(new SessionFilter(Optional.of(StockStatus.SHORT), true));
        assertThat(filter.params()).containsExactly("SHORT");
        assertThat(filter.sql()).contains("stock_status = ?").contains("'BOOKED', 'CHECKED_IN', 'IN_PROGRESS'");
        assertThat(filter.admits(StockStatus.SHORT, SessionStatus.CHECKED_IN)).isTrue();
        assertThat(filter.admits(StockStatus.SHORT, SessionStatus.CANCELLED)).as("closed").isFalse();
        assertThat(filter.admits(StockStatus.RESERVED, SessionStatus.BOOKED)).as("served").isFalse();
        assertThat(SessionFilter.parse(null, "false").admits(StockStatus.PENDING, SessionStatus.COMPLETED)).isTrue();
    }

    @Test
    void anUnknownValueNamesItsParameter() {
        assertThatThrownBy(() -> SessionFilter.parse("LOW", null)).isInstanceOf(ProblemException.class)
                .hasMessageContaining("stockStatus");
        assertThatThrownBy(() -> SessionFilter.parse(null, "yes")).isInstanceOf(ProblemException.class)
                .hasMessageContaining("open");
    }
}
