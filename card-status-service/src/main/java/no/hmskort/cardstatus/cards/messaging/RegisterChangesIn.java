package no.hmskort.cardstatus.cards.messaging;

import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import no.hmskort.cardstatus.cards.application.EvaluatingCards;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.cardstatus.CardJudgementEvent;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.contracts.ids.PersonId;
import no.hmskort.platform.messaging.EventCodec;
import no.hmskort.platform.messaging.EventConsumers;
import no.hmskort.registers.store.FactsListener;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.messaging.Message;
import org.springframework.stereotype.Component;

/**
 * Register changes reach the cards they concern. A person's are few, judged at once. A business's may be tens
 * of thousands: they are split into pages of cards to judge ({@code CardsToJudge} on card-status's own topic),
 * which the replicas share by partition, so that no message keeps a consumer from polling longer than Kafka
 * allows. The pages are sent, and acknowledged, before the register event counts as handled: a crash in between
 * sends them again, and judging a card twice changes nothing.
 */
@Component
class RegisterChangesIn implements FactsListener {

    private final EvaluatingCards evaluating;
    private final KafkaTemplate<String, byte[]> kafka;
    private final EventCodec codec;
    private final Clock clock;
    private final int page;

    /** @param page cards per page: each page is judged in well under a second */
    RegisterChangesIn(EvaluatingCards evaluating, KafkaTemplate<String, byte[]> kafka, EventCodec codec,
            Clock clock, @Value("${hmskort.card-status.judgement-page:500}") int page) {
        this.page = page;
        this.evaluating = evaluating;
        this.kafka = kafka;
        this.codec = codec;
        this.clock = clock;
    }

    @Override
    public void businessChanged(OrganisationNumber orgnr) {
        evaluating.forEachPageOfBusiness(orgnr, page, cards -> send(new CardJudgementEvent.CardsToJudge(orgnr, cards)));
    }

    @Override
    public void personChanged(PersonId person) {
        evaluating.evaluateHolder(person);
    }

    private void send(CardJudgementEvent.CardsToJudge work) {
        var envelope = codec.envelope(Topics.CARD_JUDGEMENTS, work, clock.instant());
        try {
            kafka.send(new ProducerRecord<>(Topics.CARD_JUDGEMENTS.name(), work.partitionKey(), codec.encode(envelope)))
                    .get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while queueing cards to judge", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cards to judge not queued; the register event will be retried", e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Bindings {

        @Bean
        Consumer<Message<byte[]>> cardJudgements(EventConsumers consumers, EvaluatingCards evaluating) {
            return consumers.of(Topics.CARD_JUDGEMENTS, envelope -> {
                if (envelope.data() instanceof CardJudgementEvent.CardsToJudge page) {
                    evaluating.judgePage(page.cards());
                }
            });
        }
    }
}
