package com.clinicchain.kit.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutageTest {

    @Test
    void anUnreachableDatabaseIsAnOutageHoweverDeeplyWrapped() {
        assertThat(DatabaseOutage.isCause(new ListenerExecutionFailedException("listener failed",
                new CannotCreateTransactionException("no connection", new SQLException("refused", "08001")))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new CannotGetJdbcConnectionException("pool exhausted"))).isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new SQLException("connection lost", "08006")))).isTrue();
    }

    @Test
    void aRecordTheDatabaseRefusesIsNotAnOutage() {
        assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(DatabaseOutage.isCause(new PoisonEventException("unknown version 7", null))).isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("handler bug"))).isFalse();
    }
}
