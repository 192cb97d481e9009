package no.hmskort.cardstatus;

import no.hmskort.registers.store.RegisterFactsConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Issued cards, register facts, the validity engine, the public check, the status log, blocking. */
@SpringBootApplication
@Import(RegisterFactsConfiguration.class)
@EnableScheduling
public class CardStatusServiceApplication {

    /** Its configuration file is {@code card-status-service.yml}, so five services can share one classpath. */
    public static final String CONFIG_NAME = "card-status-service";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(CardStatusServiceApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
