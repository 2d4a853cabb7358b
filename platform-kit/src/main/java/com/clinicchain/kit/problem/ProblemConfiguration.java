package com.clinicchain.kit.problem;

import org.apache.catalina.Host;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.json.JsonMapper;

/** Before Boot's error handling, so that Boot's error controller stays out (ours answers {@code /error}). */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@Import({ProblemHandler.class, ProblemErrorController.class})
public class ProblemConfiguration {

    @Bean
    ProblemResponses problemResponses(JsonMapper json) {
        return new ProblemResponses(json);
    }

    @Bean
    ProblemSecurityHandlers problemSecurityHandlers(ProblemResponses problems) {
        return new ProblemSecurityHandlers(problems);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(TomcatServletWebServerFactory.class)
    static class TomcatErrors {

        /**
         * Last of the customizers, so that the valve Boot puts on the host (Tomcat's HTML report without details)
         * is already there to be replaced by ours.
         */
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
            return new WebServerFactoryCustomizer<>() {
                @Override
                public void customize(TomcatServletWebServerFactory factory) {
                    factory.addContextCustomizers(context -> {
                        Host host = (Host) context.getParent();
                        for (Valve valve : host.getPipeline().getValves()) {
                            if (valve instanceof ErrorReportValve) {
                                host.getPipeline().removeValve(valve);
                            }
                        }
                        host.getPipeline().addValve(new ProblemErrorReportValve());
                        if (host instanceof StandardHost standard) {
                            // else the host adds Tomcat's own report valve when it starts
                            standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                        }
                    });
                }
            };
        }
    }
}
