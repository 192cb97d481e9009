package no.hmskort.delegation.access;

import no.hmskort.platform.messaging.OutboxSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The feature's wiring: the relay sweeps the outbox that rides in each business document. */
@Configuration(proxyBeanMethods = false)
class AccessConfiguration {

    @Bean
    OutboxSource businessesOutbox() {
        return new OutboxSource("businesses");
    }
}
