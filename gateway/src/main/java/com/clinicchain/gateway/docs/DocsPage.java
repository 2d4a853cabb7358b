package com.clinicchain.gateway.docs;

import java.nio.charset.StandardCharsets;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The documentation page at {@code /docs} (also served as the static file {@code /docs/index.html}): links to the
 * services' OpenAPI documents, which the gateway routes from {@code /api-docs/...} to each service's
 * {@code /v3/api-docs}.
 */
@Configuration(proxyBeanMethods = false)
public class DocsPage {

    private static final Resource PAGE = new ClassPathResource("static/docs/index.html");
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    @Bean
    RouterFunction<ServerResponse> documentationPage() {
        return RouterFunctions.route()
                .GET("/docs", request -> ServerResponse.ok().contentType(HTML).bodyValue(PAGE))
                .GET("/docs/", request -> ServerResponse.ok().contentType(HTML).bodyValue(PAGE))
                .build();
    }
}
