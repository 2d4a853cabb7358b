package com.clinicchain.testsupport;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * Adds a highest-priority property source with the real infrastructure's coordinates. Values are computed (and the
 * part behind them started) only when something reads them.
 */
public class RealInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    public static final String PROPERTY_SOURCE_NAME = "clinicRealInfrastructure";

    public static final String DATABASE_PROPERTY = "clinic.test.database";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (environment.getPropertySources().contains(PROPERTY_SOURCE_NAME)) {
            return;
        }
        String database = databaseName(environment);
        environment.getPropertySources().addFirst(new LazyInfrastructurePropertySource(database));
    }

    static String databaseName(ConfigurableEnvironment environment) {
        String database = environment.getProperty(DATABASE_PROPERTY);
        if (database == null || database.isBlank()) {
            String application = environment.getProperty("spring.application.name");
            database = (application == null || application.isBlank()) ? "app" : application.replace('-', '_');
        }
        return database;
    }

    /** Not enumerable on purpose: Spring asks it for single names, so only the parts in use are started. */
    static final class LazyInfrastructurePropertySource extends PropertySource<Object> {

        private final Map<String, Supplier<String>> values;

        LazyInfrastructurePropertySource(String database) {
            super(PROPERTY_SOURCE_NAME, new Object());
            this.values = Map.of(
                    "spring.datasource.url", () -> Infrastructure.get().jdbcUrl(database),
                    "spring.datasource.username", () -> Infrastructure.get().dbUsername(),
                    "spring.datasource.password", () -> Infrastructure.get().dbPassword(),
                    "spring.kafka.bootstrap-servers", () -> Infrastructure.get().kafkaBootstrapServers(),
                    "spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> Infrastructure.get().issuerUri());
        }

        @Override
        public Object getProperty(String name) {
            Supplier<String> supplier = this.values.get(name);
            return (supplier != null) ? supplier.get() : null;
        }

        @Override
        public boolean containsProperty(String name) {
            return this.values.containsKey(name);
        }

    }

}
