package no.hmskort.delegation.access.messaging;

import java.util.function.Consumer;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.registers.EnhetsregisteretEvent;
import no.hmskort.contracts.events.registers.RolesChanged;
import no.hmskort.contracts.events.registers.UnitChanged;
import no.hmskort.delegation.access.application.ApplyingRegisterChanges;
import no.hmskort.delegation.access.model.RoleHolder;
import no.hmskort.platform.messaging.EventConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/** Enhetsregisteret facts in (binding: {@code hmskort.consumers.enhetsregisteretEvents}), each as a command. */
@Configuration(proxyBeanMethods = false)
class RegisterEventsIn {

    @Bean
    Consumer<Message<byte[]>> enhetsregisteretEvents(EventConsumers consumers, ApplyingRegisterChanges useCase) {
        return consumers.of(Topics.ENHETSREGISTERET, envelope -> apply(envelope, useCase));
    }

    private static void apply(EventEnvelope<EnhetsregisteretEvent> envelope, ApplyingRegisterChanges useCase) {
        switch (envelope.data()) {
            case UnitChanged unit -> useCase.apply(new ApplyingRegisterChanges.UnitChange(envelope.id(), unit.orgnr(),
                    unit.name(), unit.parent(), unit.deleted(), unit.asOf()));
            case RolesChanged roles -> useCase.apply(new ApplyingRegisterChanges.RolesChange(envelope.id(), roles.orgnr(),
                    roles.roles().stream().map(r -> new RoleHolder(r.code(), r.person(), r.name())).toList(),
                    roles.asOf()));
        }
    }
}
