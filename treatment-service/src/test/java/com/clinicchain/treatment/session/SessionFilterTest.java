package com.clinicchain.treatment.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.clinicchain.treatment.refusal.InvalidField;

class SessionFilterTest {

    @Test
    void absentOrBlankAsksForEverySession() {
        assertThat(SessionFilter.parse(null, null).value()).isEqualTo(SessionFilter.ALL);
        assertThat(SessionFilter.parse(" ", "").value()).isEqualTo(SessionFilter.ALL);
        assertThat(SessionFilter.ALL.sql()).isEmpty();
        assertThat(SessionFilter.ALL.params()).isEmpty();
    }

    @Test
    void oneStockAnswerAndOpenSessionsOnly() {
        SessionFilter filter = SessionFilter.parse(" short ", "TRUE").value();
        assertThat(filter).isEqualTo(new SessionFilter(Optional.of(StockStatus.SHORT), true));
        assertThat(filter.params()).containsExactly("SHORT");
        assertThat(filter.sql()).isEqualTo(" and stock_status = ? and status in ('BOOKED', 'CHECKED_IN', 'IN_PROGRESS')");
        assertThat(SessionFilter.parse(null, "false").value().sql()).as("closed ones too").isEmpty();
    }

    @Test
    void everyUnknownValueNamesItsParameter() {
        assertThat(SessionFilter.parse("LOW", "yes").invalid()).extracting(InvalidField::field)
                .containsExactly("stockStatus", "open");
        assertThat(SessionFilter.parse("LOW", null).invalid().get(0).message()).contains("PENDING, RESERVED, SHORT");
    }
}
