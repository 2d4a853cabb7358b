package com.clinicchain.staffweb.deliveries;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.clinicchain.staffweb.scanning.Gs1;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A delivery as the manager types or scans it, turned into inventory's request ({@code POST /api/inventory/lots}).
 * Nothing is judged here: expiry, lot number and count are the service's to refuse, naming the field; what is typed is
 * sent as typed (a count that is no number stays text, so that the service says so rather than a guess).
 *
 * @param fridgeId the fridge the vials go in (a second call, {@code POST /fridges/{id}/lots}); blank: none yet
 */
public record Delivery(String clinicId, String productId, String lotNumber, String expiryDate, String vialCount,
                       String supplier, String fridgeId) {

    /** The service's field names, each the id of the input that shows its message. */
    static final Map<String, String> INPUTS = Map.of("clinicId", "clinicId", "productId", "productId",
            "lotNumber", "lotNumber", "expiryDate", "expiryDate", "vialCount", "vialCount", "supplier", "supplier");

    /** A product of the catalogue as a scan needs it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Product(UUID id, String brand, String gtin) {
    }

    /** What reading a scanned code gave: the delivery with what the code says filled in, or why it could not be read. */
    record Scan(Delivery delivery, String message, boolean read) {
    }

    static Delivery blank(String clinicId) {
        return new Delivery(clinicId, null, null, null, null, null, null);
    }

    static Delivery of(Map<String, String> form) {
        return new Delivery(text(form.get("clinicId")), text(form.get("productId")), text(form.get("lotNumber")),
                text(form.get("expiryDate")), text(form.get("vialCount")), text(form.get("supplier")),
                text(form.get("fridgeId")));
    }

    /**
     * Product (by the code's GTIN), lot and expiry from the carton's code; a code without an expiry keeps the typed
     * one. Count, supplier and fridge stay as typed: a carton's code does not say them.
     */
    Scan scanned(String code, List<Product> catalogue) {
        Gs1 scan;
        try {
            scan = Gs1.parse(code);
        } catch (Gs1.Unreadable e) {
            return new Scan(this, "The code could not be read: " + e.getMessage() + ".", false);
        }
        Product product = catalogue.stream().filter(p -> scan.gtin().equals(p.gtin())).findFirst().orElse(null);
        if (product == null) {
            return new Scan(this, "No product of the catalogue carries GTIN " + scan.gtin()
                    + ": choose the product and type the lot and expiry.", false);
        }
        String expiry = scan.expiry() == null ? expiryDate : scan.expiry().toString();
        Delivery filled = new Delivery(clinicId, product.id().toString(), scan.lot(), expiry, vialCount, supplier,
                fridgeId);
        return new Scan(filled, "Read " + product.brand() + ", lot " + scan.lot()
                + (scan.expiry() == null ? " (the code has no expiry: type it)" : ", expiring " + expiry)
                + ". Count the vials and choose the fridge.", true);
    }

    Map<String, Object> toRequest() {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("clinicId", clinicId);
        request.put("productId", productId);
        request.put("lotNumber", lotNumber);
        request.put("expiryDate", expiryDate);
        request.put("vialCount", vialCount != null && vialCount.matches("-?\\d{1,9}") ? Integer.valueOf(vialCount)
                : vialCount);
        request.put("supplier", supplier);
        return request;
    }

    boolean toFridge() {
        return fridgeId != null;
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
