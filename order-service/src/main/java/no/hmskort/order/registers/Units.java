package no.hmskort.order.registers;

import java.util.Optional;
import java.util.function.Consumer;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.registers.EnhetsregisteretEvent;
import no.hmskort.contracts.events.registers.UnitChanged;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.platform.messaging.EventConsumers;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/** Enhetsregisteret units, kept from register events (binding {@code hmskort.consumers.enhetsregisteretEvents}). */
@Component
public class Units {

    private final MongoTemplate mongo;

    Units(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<Unit> find(OrganisationNumber orgnr) {
        return Optional.ofNullable(mongo.findById(orgnr.value(), Unit.class));
    }

    /** Keeps the newest snapshot: an older or repeated one changes nothing. */
    void apply(EventEnvelope<EnhetsregisteretEvent> envelope) {
        if (!(envelope.data() instanceof UnitChanged changed)) {
            return;
        }
        Unit unit = find(changed.orgnr()).orElseGet(Unit::new);
        if (unit.asOf != null && !changed.asOf().isAfter(unit.asOf)) {
            return;
        }
        unit.orgnr = changed.orgnr().value();
        unit.name = changed.name();
        unit.organisationForm = changed.organisationForm();
        unit.parent = changed.parent();
        unit.deleted = changed.deleted();
        unit.bankrupt = changed.bankrupt();
        unit.underLiquidation = changed.underLiquidation();
        unit.asOf = changed.asOf();
        mongo.save(unit);
    }

    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class In {

        @Bean
        Consumer<Message<byte[]>> enhetsregisteretEvents(EventConsumers consumers, Units units) {
            return consumers.of(Topics.ENHETSREGISTERET, units::apply);
        }
    }
}
