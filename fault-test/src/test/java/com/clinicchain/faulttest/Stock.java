package com.clinicchain.faulttest;

import com.clinicchain.testsupport.ApiClient;

import tools.jackson.databind.JsonNode;

/** One line of the stock view (clinic, product) as staff see it through the gateway. */
record Stock(int onHand, int reserved, int available) {

    static Stock of(ApiClient api, String token, String clinicId, String productId) {
        var reply = SessionBatch.patiently(() -> api.get(token, "/api/inventory/stock?clinicId=" + clinicId));
        if (reply.status() != 200) {
            throw new IllegalStateException("stock view answered " + reply);
        }
        for (JsonNode line : reply.json()) {
            if (line.get("productId").asString().equals(productId)) {
                return new Stock(line.get("onHandUnits").asInt(), line.get("reservedUnits").asInt(),
                        line.get("availableUnits").asInt());
            }
        }
        return new Stock(0, 0, 0);
    }

    Stock plus(int onHandUnits, int reservedUnits) {
        return new Stock(onHand + onHandUnits, reserved + reservedUnits, available + onHandUnits - reservedUnits);
    }
}
