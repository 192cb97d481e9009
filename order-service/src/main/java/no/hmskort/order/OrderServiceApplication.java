package no.hmskort.order;

import no.hmskort.registers.store.RegisterFactsConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Employers' orders: addresses, orders and lines, uploads, eligibility, confirmations. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Import(RegisterFactsConfiguration.class)
@EnableScheduling
public class OrderServiceApplication {

    /** Its configuration file is {@code order-service.yml}, so five services can share one classpath. */
    public static final String CONFIG_NAME = "order-service";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(OrderServiceApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
