package com.clinicchain.staffweb.patientdata;

import java.util.ArrayList;
import java.util.List;

import com.clinicchain.staffweb.patients.PatientView;

/**
 * What an erasure left of a patient, read from the patient service's answer to it (the record as it is now), and why
 * each thing was kept: the admin must be able to tell the patient. A field the answer still holds is kept; one it no
 * longer holds was removed.
 */
public record Erasure(List<Kept> kept, List<String> removed) {

    public record Kept(String what, String value, String why) {
    }

    public static Erasure of(PatientView after) {
        List<Kept> kept = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        if (after.medicalRecordNumber() != null) {
            kept.add(new Kept("Record number", after.medicalRecordNumber(), "it links the treatment records and the "
                    + "access log, which the chain must keep (clinical records and lot tracing, the audit trail); it "
                    + "names no one by itself"));
        }
        kept.add(new Kept("Name", after.fullName(), "replaced: the name is gone, the record says it was erased"));
        if (after.dateOfBirth() != null) {
            kept.add(new Kept("Date of birth", after.dateOfBirth().toString(), after.dateOfBirth().getDayOfYear() == 1
                    ? "only the year is kept: the age at each treatment belongs to the clinical record"
                    : "kept by the patient service"));
        }
        if (after.sex() != null) {
            kept.add(new Kept("Sex", after.sex(), "part of the clinical record of the treatments (dosing)"));
        }
        if (after.homeClinicId() != null) {
            kept.add(new Kept("Home clinic", after.homeClinicId(), "the clinic that answers for the kept records"));
        }
        field(kept, removed, "Phone", after.phone());
        field(kept, removed, "Email", after.email());
        field(kept, removed, "Address", after.address() == null ? null : "an address");
        field(kept, removed, "Preferred language", after.preferredLanguage());
        return new Erasure(List.copyOf(kept), List.copyOf(removed));
    }

    private static void field(List<Kept> kept, List<String> removed, String what, String value) {
        if (value == null) {
            removed.add(what);
        } else {
            kept.add(new Kept(what, value, "still held by the patient service after the erasure"));
        }
    }
}
