package no.hmskort.delegation.access.messaging;

import java.util.function.Consumer;
import no.hmskort.contracts.events.Topics;
import no.hmskort.delegation.access.application.ApplyingRegisterChanges;
import no.hmskort.platform.messaging.EventConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Enhetsregisteret facts in (binding: {@code hmskort.consumers.enhetsregisteretEvents}). */
@Configuration(proxyBeanMethods = false)
class RegisterEventsIn {

    @Bean
    Consumer<Message<byte[]>> enhetsregisteretEvents(EventConsumers consumers, ApplyingRegisterChanges useCase) {
        return consumers.of(Topics.ENHETSREGISTERET, useCase::apply);
    }
}
