package com.clinicchain.embedded;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/** Creates PostgreSQL databases on demand. */
public final class Databases {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private Databases() {
    }

    /**
     * Creates {@code database} unless it exists, connecting through {@code adminJdbcUrl} (any existing database).
     */
    public static void createIfAbsent(String adminJdbcUrl, String username, String password, String database) {
        if (!NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain database name: '" + database + "'");
        }
        try (Connection connection = DriverManager.getConnection(adminJdbcUrl, username, password)) {
            try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                query.setString(1, database);
                try (ResultSet rs = query.executeQuery()) {
                    if (rs.next()) {
                        return;
                    }
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database \"" + database + "\"");
            }
            catch (SQLException ex) {
                if (!"42P04".equals(ex.getSQLState())) { // duplicate_database: someone else was quicker
                    throw ex;
                }
            }
        }
        catch (SQLException ex) {
            throw new IllegalStateException("could not create database " + database + " via " + adminJdbcUrl, ex);
        }
    }

    /** True when a connection to {@code jdbcUrl} opens: the server is up and accepts sessions. */
    public static boolean canConnect(String jdbcUrl, String username, String password) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password)) {
            return connection.isValid(2);
        }
        catch (SQLException ex) {
            return false;
        }
    }

}
