package com.clinicchain.kit.idempotency;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicchain.kit.problem.ProblemResponses;

@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnBean(DataSource.class)
@EnableConfigurationProperties(IdempotencyProperties.class)
public class IdempotencyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyConfiguration.class);

    @Bean
    IdempotentRequests idempotentRequests(DataSource dataSource, IdempotencyProperties properties) {
        return new IdempotentRequests(JdbcClient.create(dataSource), properties.retention());
    }

    @Bean
    IdempotentAnswers idempotentAnswers(DataSource dataSource) {
        return new IdempotentAnswers(JdbcClient.create(dataSource));
    }

    /** Just after the security filters, which tell whose key it is. */
    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(IdempotentRequests requests,
                                                                      ProblemResponses problems) {
        var registration = new FilterRegistrationBean<>(new IdempotencyKeyFilter(requests, problems));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService expiredIdempotencyKeysPurge(IdempotentRequests requests) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "idempotency-key-purge");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                int purged = requests.purgeExpired();
                if (purged > 0) {
                    log.info("purged {} expired idempotency keys", purged);
                }
            } catch (RuntimeException e) {
                log.warn("could not purge expired idempotency keys: {}", e.getMessage());
            }
        }, 1, 60, TimeUnit.MINUTES);
        return executor;
    }
}
