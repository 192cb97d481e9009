package no.hmskort.localstack.simulators;

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

    public static final String CONFIG_NAME = "simulators";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(SimulatorsApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }
}
