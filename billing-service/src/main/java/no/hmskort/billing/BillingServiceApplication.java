package no.hmskort.billing;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** Price list, VAT, invoices and credit notes, postage refunds, EHF for finance. */
@SpringBootApplication
public class BillingServiceApplication {

    /** Its configuration file is {@code billing-service.yml}, so five services can share one classpath. */
    public static final String CONFIG_NAME = "billing-service";

    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(BillingServiceApplication.class).properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
