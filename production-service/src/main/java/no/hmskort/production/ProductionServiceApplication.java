package no.hmskort.production;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Card numbers, print jobs, the printer partner's reports, shipments, recalls. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class ProductionServiceApplication {

    /** Its configuration file is {@code production-service.yml}, so five services can share one classpath. */
    public static final String CONFIG_NAME = "production-service";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(ProductionServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
