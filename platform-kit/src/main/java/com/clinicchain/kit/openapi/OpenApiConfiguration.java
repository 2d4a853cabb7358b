package com.clinicchain.kit.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.ClassPathResource;

import com.clinicchain.kit.security.Caller;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The part of each service's OpenAPI document (springdoc, at {@code /v3/api-docs}) that is the same everywhere: the
 * title, the version and the Keycloak bearer-token scheme, required by every operation, and (ContractCustomizer)
 * the problem schema, the common error answers and headers. Applies only to a service that
 * has springdoc on its class path (the kit's dependency on it is optional).
 */
@AutoConfiguration
@ConditionalOnClass(name = { "io.swagger.v3.oas.models.OpenAPI", "org.springdoc.core.configuration.SpringDocConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class OpenApiConfiguration {

    /** The name of the security scheme in the documents. */
    public static final String SECURITY_SCHEME = "keycloak";

    static {
        // the caller comes from the token (CallerArgumentResolver), never from the request's parameters
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    @ConditionalOnMissingBean(OpenAPI.class)
    OpenAPI clinicOpenApi(@Value("${spring.application.name}") String application,
            @Value("${clinic.openapi.version}") String version,
            @Value("${spring.security.oauth2.resourceserver.jwt.issuer-uri}") String issuer) {
        String realm = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        SecurityScheme keycloak = new SecurityScheme()
                .type(SecurityScheme.Type.HTTP)
                .scheme("bearer")
                .bearerFormat("JWT")
                .description("An access token of the Keycloak realm (audience clinic-api). OpenID Connect discovery: "
                        + realm + "/.well-known/openid-configuration; tokens from " + realm
                        + "/protocol/openid-connect/token (client credentials for partners, password grant with the "
                        + "clinic-cli client for scripts).");
        return new OpenAPI()
                .info(new Info().title(application).version(version)
                        .description("API of " + application + " in the clinic platform. Lists are pages "
                                + "(?page=0&size=20, at most 100 a page); errors are RFC 9457 problem documents"
                                + " (`application/problem+json`, schema Problem). Each operation's description says"
                                + " which roles (staff tokens) and scopes (partner tokens) may call it and how it is"
                                + " scoped to the caller's chain and clinics.")
                        .contact(new Contact().name("Clinic platform team"))
                        .license(new License().name("Proprietary").identifier("LicenseRef-Proprietary")))
                // relative: the host that served the document, the service itself or the gateway
                .servers(List.of(new Server().url("/").description("the host that served this document")))
                .components(new Components().addSecuritySchemes(SECURITY_SCHEME, keycloak))
                .addSecurityItem(new SecurityRequirement().addList(SECURITY_SCHEME));
    }

    @Bean
    ContractCustomizer clinicContractCustomizer() throws IOException {
        ClassPathResource examples = new ClassPathResource(ContractCustomizer.EXAMPLES);
        if (!examples.exists()) {
            return new ContractCustomizer(Map.of());
        }
        try (InputStream in = examples.getInputStream()) {
            return new ContractCustomizer(JsonMapper.builder().build().readValue(in,
                    new TypeReference<Map<String, Object>>() {
                    }));
        }
    }
}
