package no.hmskort.platform.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import java.util.stream.Stream;
import no.hmskort.platform.PlatformAutoConfiguration;
import no.hmskort.platform.security.Caller;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every service's OpenAPI document names the two ways in: a person's ID-porten token ({@code idporten})
 * and a machine client's Maskinporten token with scopes ({@code client}). Operations say which they require. Every
 * operation's error responses come from {@link OperationResponses}, with the {@code Problem} schema here.
 * The documents are committed in docs/api and checked by each service's ApiContractTest.
 */
@Configuration(proxyBeanMethods = false)
public class OpenApiConfiguration {

    public static final String PERSON = "idporten";
    public static final String CLIENT = "client";

    static {
        // Resolved from the token (TokenSecurityConfiguration.CallerResolver), never sent by the client.
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
    }

    @Bean
    OpenAPI serviceApi(@Value("${spring.application.name}") String service) {
        return new OpenAPI()
                .info(new Info().title("HMS-kort " + service).version("v1")
                        .description("Errors are RFC 9457 problem details; see docs/problems.md."))
                // Relative: the document is the same wherever the service runs; a client asks the host it read it from.
                .servers(List.of(new Server().url("/").description("The service that serves this document")))
                .components(new Components()
                        .addSecuritySchemes(PERSON, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("A person's ID-porten token: pid claim, acr level "
                                        + "at least idporten-loa-substantial, audience hmskort"))
                        .addSecuritySchemes(CLIENT, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("A machine client's Maskinporten token: the "
                                        + "scopes the operation names, the client's organisation (consumer), "
                                        + "Maskinporten's own audience; never a person's"))
                        .addSchemas(OperationResponses.PROBLEM_SCHEMA, problem()));
    }

    /** What {@link ProblemDetailsAdvice} and the security filters write: RFC 9457 and our {@code errors}. */
    private static Schema<?> problem() {
        Schema<?> fieldError = new ObjectSchema()
                .addProperty("field", new StringSchema()
                        .description("The JSON path or parameter, e.g. lines[0].personId"))
                .addProperty("reason", new StringSchema().description("What is wrong with it"))
                .required(List.of("field", "reason"));
        return new ObjectSchema().description("RFC 9457 problem details; docs/problems.md lists every type")
                .addProperty("type", new StringSchema().format("uri")
                        .description("https://hmskort.no/problems/<slug>: stable, switch on it"))
                .addProperty("title", new StringSchema().description("The type's title"))
                .addProperty("status", new IntegerSchema().description("The HTTP status"))
                .addProperty("detail", new StringSchema().description("This occurrence; never a personal number"))
                .addProperty("instance", new StringSchema().format("uri-reference").description("The request's path"))
                .addProperty("errors", new ArraySchema().items(fieldError)
                        .description("For validation: the reason per field"))
                .required(List.of("type", "title", "status"));
    }

    /** The problem types are those declared in the platform and the service's packages, read when first needed. */
    @Bean
    OperationResponses operationResponses(
            @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings,
            BeanFactory beans) {
        return new OperationResponses(new OperationProblems(() -> mappings.getObject().getHandlerMethods(),
                () -> ProblemCatalogue.of(Stream.concat(Stream.of(PlatformAutoConfiguration.class.getPackageName()),
                        AutoConfigurationPackages.get(beans).stream()).toList())));
    }
}
