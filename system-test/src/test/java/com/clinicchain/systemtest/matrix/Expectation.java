package com.clinicchain.systemtest.matrix;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * What one operation allows. Chain-A identities in {@code allowed} get past authorization, the others of chain A
 * get 403, no token gets 401; another chain's admin gets what {@link Stranger} says and never sees chain A's data.
 */
final class Expectation {

    /** What a chain admin of another chain gets. */
    enum Stranger {
        /**
         * the path names a chain-A record: 404 where an admin may do this, else 403 from the role check; either way
         * the same answer as for a record that does not exist (the default for paths with parameters)
         */
        AS_IF_MISSING,
        /** the body names chain-A records: refused with some 4xx */
        REFUSED,
        /** nothing of chain A is named (a list, a catalogue, a create): the caller's own chain, or a refusal */
        OWN_CHAIN
    }

    final Set<Identity> allowed;
    Stranger stranger;
    Function<Fixture, String> query = fixture -> "";
    Function<Fixture, Object> body;
    Function<Fixture, Map<String, String>> headers = fixture -> Map.of();
    Consumer<Fixture> given = fixture -> { };
    Function<Fixture, String> witness;
    String witnessPointer = "";
    final Map<String, Function<Fixture, String>> params = new java.util.HashMap<>();
    boolean servicePortOnly;
    boolean nothingToFind;

    private Expectation(Set<Identity> allowed) {
        this.allowed = allowed;
    }

    static Expectation allow(Identity... identities) {
        Set<Identity> allowed = EnumSet.noneOf(Identity.class);
        allowed.addAll(Set.of(identities));
        return new Expectation(allowed);
    }

    Expectation stranger(Stranger expected) {
        this.stranger = expected;
        return this;
    }

    Expectation query(String query) {
        this.query = fixture -> query;
        return this;
    }

    /** A query naming the fixture's records ({@code ?ids=<patient>}). */
    Expectation query(Function<Fixture, String> query) {
        this.query = query;
        return this;
    }

    Expectation body(Function<Fixture, Object> body) {
        this.body = body;
        return this;
    }

    /** Evaluated for every call (an {@code If-Match} must carry the version of that moment). */
    Expectation headers(Function<Fixture, Map<String, String>> headers) {
        this.headers = headers;
        return this;
    }

    /** A path parameter whose value the segment before it does not tell ({@code /{topic}/{partition}}). */
    Expectation param(String name, Function<Fixture, String> value) {
        params.put(name, value);
        return this;
    }

    /**
     * Not routed by the gateway (operators call the service's own port): through the gateway every token gets
     * 404; the matrix then runs at each service that documents the operation.
     */
    Expectation servicePortOnly() {
        this.servicePortOnly = true;
        return this;
    }

    /** The matrix cannot make the record (a dead letter): a permitted caller's 404 shows it passed the checks. */
    Expectation nothingToFind() {
        this.nothingToFind = true;
        return this;
    }

    /** Brings the records into the state the operation needs (a release needs a quarantined lot). */
    Expectation given(Consumer<Fixture> given) {
        this.given = given;
        return this;
    }

    /**
     * The read (by the chain's admin) that shows whether a write changed anything; without it, the nearest GET up
     * the path. {@code pointer} picks the part that only this write changes (Kafka updates the rest meanwhile).
     */
    Expectation witness(Function<Fixture, String> path, String pointer) {
        this.witness = path;
        this.witnessPointer = pointer;
        return this;
    }
}
