package no.hmskort.registers.messaging;

import java.util.function.Consumer;
import no.hmskort.contracts.events.Topics;
import no.hmskort.platform.messaging.EventConsumers;
import no.hmskort.registers.store.Facts;
import no.hmskort.registers.store.FactsListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * One binding per register topic, each recording the facts and telling the service's {@link FactsListener}.
 * A service binds them in its yml ({@code hmskort.consumers.vatEvents: hmskort.register.vat.v1}, and so on
 * for each bean below).
 */
@Configuration(proxyBeanMethods = false)
public class RegisterFactsBindings {

    @Bean
    RecordingRegisterFacts recordingRegisterFacts(Facts facts, FactsListener listener) {
        return new RecordingRegisterFacts(facts, listener);
    }

    @Bean
    Consumer<Message<byte[]>> enhetsregisteretEvents(EventConsumers in, RecordingRegisterFacts facts) {
        return in.of(Topics.ENHETSREGISTERET, facts::enhetsregisteret);
    }

    @Bean
    Consumer<Message<byte[]>> vatEvents(EventConsumers in, RecordingRegisterFacts facts) {
        return in.of(Topics.VAT_REGISTER, facts::vat);
    }

    @Bean
    Consumer<Message<byte[]>> approvalEvents(EventConsumers in, RecordingRegisterFacts facts) {
        return in.of(Topics.APPROVALS, facts::approvals);
    }

    @Bean
    Consumer<Message<byte[]>> employmentEvents(EventConsumers in, RecordingRegisterFacts facts) {
        return in.of(Topics.EMPLOYMENTS, facts::employments);
    }

    @Bean
    Consumer<Message<byte[]>> foreignWorkEvents(EventConsumers in, RecordingRegisterFacts facts) {
        return in.of(Topics.FOREIGN_WORK, facts::foreignWork);
    }

    @Bean
    Consumer<Message<byte[]>> personEvents(EventConsumers in, RecordingRegisterFacts facts) {
        return in.of(Topics.PERSONS, facts::persons);
    }
}
