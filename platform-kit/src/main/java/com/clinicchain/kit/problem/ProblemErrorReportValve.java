package com.clinicchain.kit.problem;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.MediaType;

import com.clinicchain.kit.web.CorrelationId;
import com.clinicchain.problems.ProblemType;

/**
 * Tomcat's own error report, for what Tomcat refuses before the application sees the request (an encoded NUL,
 * {@code %2e%2e} or CR/LF in the path, a header it cannot parse): a catalogue problem instead of Tomcat's HTML page.
 * Written by hand: nothing of the application (no JSON mapper, no filter) runs here.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(true);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        ProblemType type = ProblemType.forStatus(status);
        String correlationId = response.getHeader(CorrelationId.HEADER);
        if (correlationId == null) {
            correlationId = CorrelationId.safeOrNew(request.getHeader(CorrelationId.HEADER));
        }
        String body = json(type, status, correlationId);
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader(CorrelationId.HEADER, correlationId);
            OutputStream out = response.getOutputStream();
            out.write(body.getBytes(StandardCharsets.UTF_8));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response is in a state where nothing more can be said
        }
    }

    /** The catalogue's strings need no escaping; the correlation id is [A-Za-z0-9._-] or a UUID. */
    static String json(ProblemType type, int status, String correlationId) {
        return "{\"type\":\"" + type.type() + "\",\"title\":\"" + type.title() + "\",\"status\":" + status
                + ",\"detail\":\"" + type.meaning().replace("\"", "'") + "\",\"correlationId\":\"" + correlationId
                + "\"}";
    }
}
