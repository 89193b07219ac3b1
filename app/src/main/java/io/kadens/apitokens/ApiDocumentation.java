package io.kadens.apitokens;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of the REST API (served at /api/openapi.json, Swagger UI at /api/docs): every
 * operation is authenticated by a personal access token as a bearer token.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String BEARER_SCHEME = "personalAccessToken";

    @Bean
    OpenAPI kadensOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Kadens REST API").version("v1")
                        .description("Continuous performance management. Authenticate with a personal access token "
                                + "(created on your profile page) as \"Authorization: Bearer kdn_...\"; it acts with "
                                + "exactly your rights."))
                .components(new Components().addSecuritySchemes(BEARER_SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("kdn_ personal access token")
                        .description("A personal access token from your Kadens profile page.")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER_SCHEME));
    }
}
