package com.clinicchain.kit.web;

import java.util.UUID;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import com.clinicchain.kit.problem.ProblemResponses;

@AutoConfiguration
@EnableConfigurationProperties(WebLimits.class)
public class WebConfiguration {

    /**
     * Ids in paths and query parameters only in their canonical form: {@code UUID.fromString}, Spring's default, also
     * takes {@code 1-1-1-1-1}, so that one record would answer to many spellings. Anything else is a 400 naming the
     * parameter. The converter serves lists of ids; the editor single ones (see {@link CanonicalIds}).
     */
    @Bean
    WebMvcConfigurer canonicalIdLists() {
        return new WebMvcConfigurer() {
            @Override
            public void addFormatters(FormatterRegistry registry) {
                registry.addConverter(String.class, UUID.class, CanonicalUuid::parse);
            }
        };
    }

    @Bean
    CanonicalIds canonicalIds() {
        return new CanonicalIds();
    }

    /** First of all filters, so that even a refused token is logged with its correlation id. */
    @Bean
    FilterRegistrationBean<CorrelationId> correlationIdFilter() {
        var registration = new FilterRegistrationBean<>(new CorrelationId());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Right after the correlation id, before security: a body too large is refused whoever sends it. */
    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(WebLimits limits, ProblemResponses problems) {
        var registration = new FilterRegistrationBean<>(new BodySizeLimit(limits, problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(TomcatServletWebServerFactory.class)
    static class TomcatHeaderTimeout {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> headerTimeout(WebLimits limits) {
            return factory -> {
                factory.setProtocol(HeaderTimeoutProtocol.class.getName());
                factory.addConnectorCustomizers(connector -> {
                    if (connector.getProtocolHandler() instanceof HeaderTimeoutProtocol protocol) {
                        protocol.setHeaderTimeoutMillis(limits.headerTimeout().toMillis());
                    }
                });
            };
        }
    }
}
