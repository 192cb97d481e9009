package no.hmskort.order;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Employers' orders: addresses, orders and lines, uploads, eligibility, confirmations. */
@SpringBootApplication
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
