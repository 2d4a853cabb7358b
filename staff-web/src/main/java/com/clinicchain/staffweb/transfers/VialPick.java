package com.clinicchain.staffweb.transfers;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Which vials go in the box: the manager asks for a number of vials of one lot, inventory wants their ids. Only
 * sealed vials travel; the first ones inventory lists are taken. Plain Java: whether those vials may leave is still
 * inventory's to decide.
 *
 * @param vialIds the vials picked, or empty with {@code refusal} saying why
 */
record VialPick(List<UUID> vialIds, String refusal) {

    /** A vial as inventory lists a clinic's shelf ({@code GET /api/inventory/vials}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Vial(UUID id, UUID lotId, String status) {
    }

    static final int MOST_IN_A_BOX = 100;

    /**
     * A count of zero (or a lot not chosen) is passed on as no vials at all, for inventory to refuse in its words; a
     * count that is no number or more than a box holds, or more sealed vials than the clinic has, is refused here.
     */
    static VialPick of(List<Vial> shelf, UUID lotId, String count) {
        if (count == null || !count.strip().matches("\\d{1,3}") || Integer.parseInt(count.strip()) > MOST_IN_A_BOX) {
            return new VialPick(List.of(), "must be a whole number from 1 to " + MOST_IN_A_BOX);
        }
        int wanted = Integer.parseInt(count.strip());
        if (lotId == null || wanted == 0) {
            return new VialPick(List.of(), null);
        }
        List<UUID> sealed = shelf.stream().filter(vial -> lotId.equals(vial.lotId()) && "SEALED".equals(vial.status()))
                .map(Vial::id).limit(wanted).toList();
        if (sealed.size() < wanted) {
            return new VialPick(List.of(), "only " + sealed.size() + " sealed " + (sealed.size() == 1 ? "vial" : "vials")
                    + " of this lot " + (sealed.size() == 1 ? "is" : "are") + " on the shelf");
        }
        return new VialPick(sealed, null);
    }

    boolean refused() {
        return refusal != null;
    }
}
