package com.clinicchain.treatment.session;

/**
 * Where toxin is planned or injected. The label dose is the default planned dose; areas without one are either
 * not toxin indications at all (static wrinkles, volume loss: flagged, fillers suit them) or need explicit units.
 */
public enum TreatmentArea {
    GLABELLAR_LINES(20), LATERAL_CANTHAL_LINES(24),
    /** The label dose is for forehead lines treated together with glabellar lines. */
    FOREHEAD_LINES(40),
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
