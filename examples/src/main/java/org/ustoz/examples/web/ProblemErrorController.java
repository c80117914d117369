package org.ustoz.examples.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The error page ({@code /error}) as RFC 9457 problem details, in place of Boot's: what reaches it (a
 * {@code sendError} from a filter or from Spring's default resolver, an error the servlet container reports) is
 * answered with {@code application/problem+json}, Ustoz's property {@code code} ({@code web.not-found},
 * {@code web.bad-request}, ...) and a generic detail, whatever the client accepts. Never a message, a stack trace or
 * the request's path.
 */
@Controller
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : response.getStatus() >= 400 ? response.getStatus() : 500;
        write(response, status);
    }

    /**
     * The problem for a status, as JSON: only the status, its reason phrase and the codes, never anything of the
     * request. Also written by {@link ProblemReportValve} for what Tomcat refuses before the application.
     */
    static String body(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        String name = known != null ? known.name().toLowerCase(Locale.ROOT).replace('_', '-') : String.valueOf(status);
        boolean client = status >= 400 && status < 500;
        String detail = client ? title : "The request could not be completed. The error has been logged.";
        return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"code\":\"web." + (client ? name : "internal-error")
                + "\",\"kind\":\"" + (client ? "INVALID_INPUT" : "INTERNAL") + "\"}";
    }

    /** Writes a problem for a status, without Spring's message converters (so that any Accept header is served). */
    static void write(HttpServletResponse response, int status) throws IOException {
        String body = body(status);
        if (!response.isCommitted()) {
            response.resetBuffer();
            response.setStatus(status);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        }
    }
}
