package com.clinicchain.patient.patient;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.clinicchain.kit.problem.ProblemException;
import com.clinicchain.patient.audit.AccessOutcome;

/**
 * The ids of one batch read and what it shows of each: plain Java, so that the bound and the audit outcome per
 * patient are decided in one place and unit-tested. Each id is answered and audited as a read of that one patient
 * would be: shown and ALLOWED, or absent from the answer and NOT_FOUND (no such patient in the chain) or DENIED (a
 * partner, and the patient does not share).
 */
record BatchRead(List<UUID> ids) {

    /** A day's schedule at one clinic fits; more is a search, which has pages. */
    static final int MAX_IDS = 100;

    // UUID.fromString also takes "1-2-3-4-5": only the canonical form is a patient id
    private static final Pattern CANONICAL = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    /** The ids as asked, repeats once, in the order first asked; a 400 naming {@code ids} otherwise. */
    static BatchRead of(List<String> asked) {
        List<String> given = asked == null ? List.of()
                : asked.stream().map(String::strip).filter(id -> !id.isEmpty()).toList();
        if (given.isEmpty()) {
            throw ProblemException.invalid("ids", "is required: one or more patient ids, comma-separated");
        }
        if (given.size() > MAX_IDS) {
            throw ProblemException.invalid("ids", "at most " + MAX_IDS + " ids at a time");
        }
        Set<UUID> ids = new LinkedHashSet<>();
        for (String id : given) {
            if (!CANONICAL.matcher(id).matches()) {
                throw ProblemException.invalid("ids", "each must be a patient id (a UUID)");
            }
            ids.add(UUID.fromString(id));
        }
        return new BatchRead(List.copyOf(ids));
    }

    /**
     * @param found   the ids that are patients of the caller's chain
     * @param visible of those, the ones the caller may see (all for staff; the sharing ones for a partner)
     * @return the outcome for each id, in the order asked
     */
    Map<UUID, AccessOutcome> outcomes(Collection<UUID> found, Collection<UUID> visible) {
        Map<UUID, AccessOutcome> outcomes = new LinkedHashMap<>();
        for (UUID id : ids) {
            outcomes.put(id, !found.contains(id) ? AccessOutcome.NOT_FOUND
                    : visible.contains(id) ? AccessOutcome.ALLOWED : AccessOutcome.DENIED);
        }
        return outcomes;
    }
}
