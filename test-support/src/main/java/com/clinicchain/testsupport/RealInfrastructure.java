package com.clinicchain.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.ContextConfiguration;

/**
 * Points a Spring test at the real infrastructure of {@link Infrastructure}: datasource, Kafka bootstrap servers and
 * the JWT issuer. Put it next to {@code @SpringBootTest}.
 * <p>
 * The database is the property {@code clinic.test.database}, else {@code spring.application.name} with '-' replaced
 * by '_', else {@code app}; it is created on first use. Parts start lazily, when the application reads their
 * property.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ContextConfiguration(initializers = RealInfrastructureInitializer.class)
public @interface RealInfrastructure {

}
