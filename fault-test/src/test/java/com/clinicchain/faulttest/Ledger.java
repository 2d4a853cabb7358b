package com.clinicchain.faulttest;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.clinicchain.localstack.App;

/**
 * What the services' databases hold about a batch: read straight from PostgreSQL because no API lists reservations
 * or outbox rows, and because a count there cannot be fooled by a cache.
 */
final class Ledger {

    private Ledger() {
    }

    /** Reservation status → how many of the sessions have it, in inventory. */
    static Map<String, Integer> reservations(FaultPlatform platform, List<String> sessionIds) {
        return countByStatus(platform, App.INVENTORY,
                "select status, count(*) from reservation where session_id = any(?) group by status", sessionIds);
    }

    /** Session status → count, in treatment. */
    static Map<String, Integer> sessions(FaultPlatform platform, List<String> sessionIds) {
        return countByStatus(platform, App.TREATMENT,
                "select status, count(*) from injection_session where id = any(?) group by status", sessionIds);
    }

    /** Units left in each vial → how many vials have that many, in inventory. */
    static Map<String, Integer> vialsByUnitsLeft(FaultPlatform platform, List<String> vialIds) {
        return countByStatus(platform, App.INVENTORY,
                "select units_remaining::text, count(*) from vial where id = any(?) group by units_remaining", vialIds);
    }

    /** Outbox rows not yet acknowledged by Kafka. */
    static long outboxPending(FaultPlatform platform, App app) {
        try (Connection connection = platform.database(app); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select count(*) from outbox_event where sent_at is null")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Integer> countByStatus(FaultPlatform platform, App app, String sql, List<String> ids) {
        Map<String, Integer> counts = new TreeMap<>();
        try (Connection connection = platform.database(app); PreparedStatement query = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf("uuid", ids.stream().map(UUID::fromString).toArray());
            query.setArray(1, array);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }
}
