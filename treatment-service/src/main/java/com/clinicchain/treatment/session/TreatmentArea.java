package com.clinicchain.treatment.session;

/**
 * Where toxin is planned or injected. The label dose is the default planned dose; areas without one are either
 * not toxin indications at all (static wrinkles, volume loss: flagged, fillers suit them) or need explicit units.
 */
public enum TreatmentArea {
    GLABELLAR_LINES(20), LATERAL_CANTHAL_LINES(24),
    /** 20 U, given together with glabellar lines' 20 U (40 U in all); planned alone it is flagged (see Dosing). */
    FOREHEAD_LINES(20),
    STATIC_WRINKLES(null), VOLUME_LOSS(null), OTHER(null);

    private final Integer labelUnits;

    TreatmentArea(Integer labelUnits) {
        this.labelUnits = labelUnits;
    }

    public Integer labelUnits() {
        return labelUnits;
    }

    /** Toxin relaxes muscles behind dynamic wrinkles; it neither fills lost collagen nor adds volume. */
    public boolean suitsToxin() {
        return this != STATIC_WRINKLES && this != VOLUME_LOSS;
    }
}
