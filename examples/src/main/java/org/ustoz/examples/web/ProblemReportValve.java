package org.ustoz.examples.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.ExceptionUtils;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report as RFC 9457 problem details, in place of its HTML page: for what Tomcat refuses before the
 * application sees the request (a malformed path, bad percent-encoding such as {@code /api/cohorts/%zz}, an invalid
 * character in the request target: 400), and for any error that reaches the host without a body. The same JSON as
 * {@link ProblemErrorController} ({@code code} {@code web.bad-request}, ...): never Tomcat's message, a stack trace,
 * the server's name or anything of the request. Installed on the host by {@link TomcatConfiguration}.
 */
public class ProblemReportValve extends ErrorReportValve {

    public ProblemReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        // as Tomcat's own report: only an error whose body nobody has written yet, and only once
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        } catch (Throwable t) {
            ExceptionUtils.handleThrowable(t);
        }
        try {
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(ProblemErrorController.body(status));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response cannot take a body any more: nothing else to report to
        }
    }
}
