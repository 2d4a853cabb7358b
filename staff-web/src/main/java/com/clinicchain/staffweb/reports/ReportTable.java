package com.clinicchain.staffweb.reports;

import java.util.List;

/**
 * One table of the reports, as shown and as downloaded: the page and the CSV are both written from this, so they
 * hold the same rows and the same numbers.
 *
 * @param id    its name in the download's URL ({@code /stock/reports/<id>.csv}) and its element id
 * @param empty what the page says when it has no row
 */
record ReportTable(String id, String title, List<String> headers, List<List<String>> rows, String empty) {
}
