package com.clinicchain.treatment.session;

/** What inventory answered to the session's reservation; SHORT sessions are shown to reception. */
public enum StockStatus {
    PENDING, RESERVED, SHORT
}
