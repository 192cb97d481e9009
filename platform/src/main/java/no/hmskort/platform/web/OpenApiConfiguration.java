package no.hmskort.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every service's OpenAPI document names the two ways in: a person's ID-porten token ({@code idporten})
 * and a machine client's Maskinporten token with scopes ({@code client}). Operations say which they require.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    public static final String PERSON = "idporten";
    public static final String CLIENT = "client";

    @Bean
    OpenAPI serviceApi(@Value("${spring.application.name}") String service) {
        return new OpenAPI()
                .info(new Info().title("HMS-kort " + service).version("v1")
                        .description("Errors are RFC 9457 problem details; see docs/problems.md."))
                .components(new Components()
                        .addSecuritySchemes(PERSON, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("A person's ID-porten token: pid claim, acr level "
                                        + "at least idporten-loa-substantial, audience hmskort"))
                        .addSecuritySchemes(CLIENT, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("A machine client's Maskinporten token: the "
                                        + "scopes the operation names, the client's organisation (consumer), "
                                        + "Maskinporten's own audience; never a person's")));
    }
}
