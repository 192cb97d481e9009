package no.hmskort.production.printing.persistence;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.production.printing.model.ProductionCard;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.messaging.OutboxSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

@Component
public class ProductionCards {

    private static final int NUMBER_ATTEMPTS = 20;

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    ProductionCards(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    public boolean existsForLine(UUID lineId) {
        return mongo.exists(new Query(Criteria.where("_id").is(lineId.toString())), ProductionCardDocument.class);
    }

    /**
     * Inserts a new card under a fresh random number; a number already taken is drawn again. Returns
     * empty when the order line already has its card (a redelivery, or a concurrent twin).
     */
    public Optional<ProductionCard> insertWithFreshNumber(UUID lineId, java.util.function.Supplier<CardNumber> numbers,
            Function<CardNumber, ProductionCard> card, Function<ProductionCard, OutboxMessage> event) {
        for (int attempt = 0; attempt < NUMBER_ATTEMPTS; attempt++) {
            ProductionCard candidate = card.apply(numbers.get());
            try {
                ProductionCardDocument document = ProductionCardDocument.of(candidate, event.apply(candidate));
                mongo.insert(document);
                relay.nudge("production_cards", document.lineId);
                return Optional.of(candidate);
            } catch (DuplicateKeyException e) {
                if (existsForLine(lineId)) {
                    return Optional.empty();
                }
            }
        }
        throw new IllegalStateException("no free card number after " + NUMBER_ATTEMPTS + " draws");
    }

    public Optional<ProductionCardDocument> findByNumber(CardNumber number) {
        return Optional.ofNullable(mongo.findOne(new Query(Criteria.where("cardNumber").is(number.value())),
                ProductionCardDocument.class));
    }

    public void save(ProductionCardDocument document) {
        mongo.save(document);
        if (!document.outbox.isEmpty()) {
            relay.nudge("production_cards", document.lineId);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Outbox {

        @Bean
        OutboxSource productionCardsOutbox() {
            return new OutboxSource("production_cards");
        }
    }
}
