package com.clinicchain.inventory.stock;

import java.util.UUID;

/**
 * Told of every change that may make more units of a product available at a clinic (a delivery, a transfer
 * received or sent back, a lot or vial released, a session cancelled or completed), inside that change's
 * transaction. The reservations answer it (the sessions waiting there are served, then the threshold judges what is
 * left); it is stated here, beside the stock, so that the features changing stock need not depend on them.
 */
public interface AvailableUnits {

    void grew(String chainId, String clinicId, UUID productId);
}
