package no.hmskort.registers.store;

import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.registers.messaging.RegisterFactsBindings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The facts store and the register topics' bindings. A service imports this configuration, provides a
 * {@link FactsListener} bean, and binds the consumers of {@link RegisterFactsBindings} in its yml.
 */
@Configuration(proxyBeanMethods = false)
@Import(RegisterFactsBindings.class)
public class RegisterFactsConfiguration {

    @Bean
    Facts registerFacts(MongoTemplate mongo, OutboxRelay relay) {
        return new Facts(mongo, relay);
    }
}
