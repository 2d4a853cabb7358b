package com.clinicchain.kit.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

@AutoConfiguration
public class WebConfiguration {

    /** First of all filters, so that even a refused token is logged with its correlation id. */
    @Bean
    FilterRegistrationBean<CorrelationId> correlationIdFilter() {
        var registration = new FilterRegistrationBean<>(new CorrelationId());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
