package com.clinicchain.gateway.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.boot.reactor.netty.autoconfigure.NettyServerProperties;
import org.springframework.cloud.gateway.config.HttpClientProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.HtmlUtils;

import com.clinicchain.gateway.limits.LimitProperties;
import com.clinicchain.problems.ProblemType;

import reactor.core.publisher.Mono;

/**
 * The documentation page at {@code /docs} (also {@code /docs/index.html}): links to the services' OpenAPI documents,
 * which the gateway routes from {@code /api-docs/...} to each service's {@code /v3/api-docs}, the limits the gateway
 * holds (from its configuration) and the catalogue of problem types (from {@link ProblemType}), so that neither can
 * drift from what the gateway does. A problem's {@code type} ({@code /problems/<slug>}) redirects to its row.
 */
@Configuration(proxyBeanMethods = false)
public class DocsPage {

    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    @Bean
    RouterFunction<ServerResponse> documentationPage(LimitProperties limits, NettyServerProperties netty,
                                                     HttpClientProperties downstream) {
        String page = template().replace("<!--limits-->", limits(limits, netty, downstream))
                .replace("<!--problem-types-->", problemTypes());
        return RouterFunctions.route()
                .GET("/docs", request -> ServerResponse.ok().contentType(HTML).bodyValue(page))
                .GET("/docs/", request -> ServerResponse.ok().contentType(HTML).bodyValue(page))
                .GET("/docs/index.html", request -> ServerResponse.ok().contentType(HTML).bodyValue(page))
                // a problem's type URI leads to its line on the page
                .GET(ProblemType.PREFIX + "{slug}", request -> ProblemType.bySlug(request.pathVariable("slug"))
                        .map(type -> ServerResponse.seeOther(URI.create("/docs#" + type.slug())).build())
                        .orElseGet(() -> Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND))))
                .build();
    }

    private static String template() {
        try (var in = new ClassPathResource("docs/index.html").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String limits(LimitProperties limits, NettyServerProperties netty, HttpClientProperties downstream) {
        return "<table>\n<tr><th>Limit</th><th>Setting (environment variable)</th><th>Value</th><th>Over it</th></tr>\n"
                + row("Requests of a partner client (all its tokens together): burst, then per second",
                        "PARTNER_RATE_BURST, PARTNER_RATE_PER_SECOND",
                        limits.partner().burst() + ", then " + limits.partner().perSecond() + "/s",
                        "429 too-many-requests with Retry-After")
                + row("Requests of a signed-in person: burst, then per second",
                        "STAFF_RATE_BURST, STAFF_RATE_PER_SECOND",
                        limits.staff().burst() + ", then " + limits.staff().perSecond() + "/s",
                        "429 too-many-requests with Retry-After")
                + row("Request body, declared or counted as a chunked body streams in", "MAX_BODY_BYTES",
                        limits.maxBodyBytes() + " bytes", "413 payload-too-large (the services hold the same limit)")
                + row("Request line and headers, from their first byte", "HEADER_TIMEOUT",
                        seconds(limits.headerTimeout()), "408 request-timeout, connection closed")
                + row("Kept-alive connection without a request", "IDLE_TIMEOUT",
                        seconds(netty.getIdleTimeout()), "connection closed")
                + row("Answer of the service behind the gateway", "-",
                        seconds(downstream.getResponseTimeout()), "504 gateway-timeout")
                + row("Connecting to the service behind the gateway", "-",
                        downstream.getConnectTimeout() == null ? "-" : downstream.getConnectTimeout() + " ms",
                        "503 service-unavailable")
                + "</table>\n";
    }

    private static String row(String what, String setting, String value, String over) {
        return "<tr><td>" + HtmlUtils.htmlEscape(what) + "</td><td><code>" + HtmlUtils.htmlEscape(setting)
                + "</code></td><td>" + HtmlUtils.htmlEscape(value) + "</td><td>" + HtmlUtils.htmlEscape(over)
                + "</td></tr>\n";
    }

    private static String seconds(Duration duration) {
        return duration == null ? "none" : duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s"
                : duration.toMillis() + " ms";
    }

    static String problemTypes() {
        StringBuilder html = new StringBuilder("<table>\n<tr><th>type</th><th>status</th><th>title</th>"
                + "<th>meaning</th></tr>\n");
        for (ProblemType type : ProblemType.values()) {
            html.append("<tr id=\"").append(type.slug()).append("\"><td><code>").append(type.type())
                    .append("</code></td><td>").append(type.status()).append("</td><td>")
                    .append(HtmlUtils.htmlEscape(type.title())).append("</td><td>")
                    .append(HtmlUtils.htmlEscape(type.meaning())).append("</td></tr>\n");
        }
        return html.append("</table>\n").toString();
    }
}
