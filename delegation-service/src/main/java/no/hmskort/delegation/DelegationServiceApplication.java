package no.hmskort.delegation;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Who may act for which business: Enhetsregisteret roles, delegations, revocation, audit. */
@SpringBootApplication
@EnableScheduling
public class DelegationServiceApplication {

    /** Its configuration file is {@code delegation-service.yml}, so five services can share one classpath. */
    public static final String CONFIG_NAME = "delegation-service";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(DelegationServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
