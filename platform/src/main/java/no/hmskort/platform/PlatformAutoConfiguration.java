package no.hmskort.platform;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.ids.Pseudonyms;
import no.hmskort.platform.access.BusinessAccess;
import no.hmskort.platform.deadletters.DeadLetterConfiguration;
import no.hmskort.platform.jobs.Leases;
import no.hmskort.platform.messaging.EventCodec;
import no.hmskort.platform.messaging.EventConsumers;
import no.hmskort.platform.messaging.Outbox;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.messaging.OutboxSource;
import no.hmskort.platform.mongo.IdentifierConversions;
import no.hmskort.platform.mongo.MongoPingHealthIndicator;
import no.hmskort.platform.mongo.VersionedSaveIndexes;
import no.hmskort.platform.security.PersonIdPolicy;
import no.hmskort.platform.security.SecurityProperties;
import no.hmskort.platform.security.TokenSecurityConfiguration;
import no.hmskort.platform.web.OpenApiConfiguration;
import no.hmskort.platform.web.ProblemDetailsAdvice;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.messaging.Message;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.kafka.core.KafkaTemplate;

/** The plumbing every service gets by depending on the platform module. */
@AutoConfiguration(beforeName = "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration", afterName = {
    "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
    "org.springframework.boot.micrometer.tracing.brave.autoconfigure.BraveAutoConfiguration"})
@Import({TokenSecurityConfiguration.class, ProblemDetailsAdvice.class, OpenApiConfiguration.class,
    DeadLetterConfiguration.class})
public class PlatformAutoConfiguration {

    @Bean
    static VersionedSaveIndexes versionedSaveIndexes(ObjectProvider<MongoTemplate> mongo) {
        return new VersionedSaveIndexes(mongo);
    }

    /** Before anything is keyed by a person: every pseudonym of this process uses the configured secret. */
    @Bean
    static PseudonymSecret pseudonymSecret(@Value("${hmskort.privacy.pseudonym-secret}") String secret) {
        Pseudonyms.useSecret(secret);
        return new PseudonymSecret();
    }

    /** Marks that the pseudonym secret is set; beans that pseudonymise may depend on it. */
    public static final class PseudonymSecret {
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EventCodec eventCodec(@Value("${spring.application.name}") String service) {
        return new EventCodec(service);
    }

    @Bean
    PersonIdPolicy personIdPolicy(SecurityProperties security) {
        return new PersonIdPolicy(security.acceptSyntheticPersonIds());
    }

    @Bean
    EventConsumers eventConsumers(EventCodec codec) {
        return new EventConsumers(codec);
    }

    @Bean
    Outbox outbox(EventCodec codec, Clock clock, ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new Outbox(codec, clock, tracer.getIfAvailable(), propagator.getIfAvailable());
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, List<OutboxSource> sources,
            @Value("${hmskort.outbox.sweep-interval}") Duration sweepInterval, MeterRegistry meters, Leases leases) {
        return new OutboxRelay(mongo, kafka, sources, sweepInterval, meters, leases);
    }

    /** Scheduled and start-up jobs run on one replica at a time. */
    @Bean
    Leases leases(MongoTemplate mongo) {
        return new Leases(mongo);
    }

    @Bean
    @ConditionalOnMissingBean
    MongoCustomConversions mongoCustomConversions() {
        return IdentifierConversions.conversions();
    }

    @Bean
    BusinessAccess businessAccess(MongoTemplate mongo, Clock clock) {
        return new BusinessAccess(mongo, clock);
    }

    /** The access projection's consumer, for services that declare {@code hmskort.consumers.accessEvents}. */
    @Bean
    @ConditionalOnProperty(prefix = "hmskort.consumers", name = "accessEvents")
    Consumer<Message<byte[]>> accessEvents(EventConsumers consumers, BusinessAccess access) {
        return consumers.of(Topics.ACCESS, access::apply);
    }

    @Bean(name = "mongoHealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }
}
