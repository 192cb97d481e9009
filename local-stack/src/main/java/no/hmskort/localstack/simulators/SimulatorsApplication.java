package no.hmskort.localstack.simulators;

import no.hmskort.contracts.ids.Pseudonyms;
import no.hmskort.platform.PlatformAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * What is outside the system, simulated for the local stack: the public registers' adapters (an HTTP
 * API to create businesses and roles, published as register events) and the printer partner (prints
 * every job and reports a chip UID, or fails on request). Not a service: no token, no database.
 */
@SpringBootApplication(excludeName = {
    "no.hmskort.platform.PlatformAutoConfiguration",
    "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
    "org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration",
    "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
    "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration"})
public class SimulatorsApplication {

    /** The simulators stand in for outside parties on a developer's machine: no login. */
    @Bean
    SecurityFilterChain openToAll(HttpSecurity http) throws Exception {
        return http.csrf(c -> c.disable()).authorizeHttpRequests(a -> a.anyRequest().permitAll()).build();
    }

    /** The simulated registers key a person's events by pseudonym, as the real adapters do. */
    @Bean
    static PlatformAutoConfiguration.PseudonymSecret pseudonymSecret(
            @Value("${hmskort.privacy.pseudonym-secret}") String secret) {
        Pseudonyms.useSecret(secret);
        return new PlatformAutoConfiguration.PseudonymSecret();
    }

    public static final String CONFIG_NAME = "simulators";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(SimulatorsApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }
}
