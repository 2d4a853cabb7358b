package com.clinicchain.staffweb.dashboard;

import java.util.List;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import com.clinicchain.staffweb.gateway.Gateway;
import com.clinicchain.staffweb.gateway.Gateway.Bearer;

/** The live poll's one call: the stock the token sees, through the gateway. */
@Component
class StockPoll implements LiveStock.Poll {

    static final ParameterizedTypeReference<List<StockReadings.StockLine>> STOCK = new ParameterizedTypeReference<>() {
    };

    private final Gateway gateway;

    StockPoll(Gateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public List<StockReadings.StockLine> stock(Bearer bearer, String clinicId) {
        return clinicId == null ? gateway.get(bearer, "/api/inventory/stock", STOCK)
                : gateway.get(bearer, "/api/inventory/stock?clinicId={clinic}", STOCK, clinicId);
    }
}
