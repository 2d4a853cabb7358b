package com.clinicchain.treatment.adverse;

/** Side effects from the label; eyelid ptosis and dysphagia are serious and alert managers and admins. */
public enum AdverseEventType {
    BRUISING, SWELLING, HEADACHE, EYELID_PTOSIS, DYSPHAGIA, OTHER;

    public boolean serious() {
        return this == EYELID_PTOSIS || this == DYSPHAGIA;
    }
}
