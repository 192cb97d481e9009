package no.hmskort.cardstatus.cards.persistence;

import java.util.Optional;
import no.hmskort.cardstatus.cards.model.Card;
import no.hmskort.contracts.ids.CardNumber;
import no.hmskort.platform.messaging.OutboxRelay;
import no.hmskort.platform.messaging.OutboxSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

@Component
public class Cards {

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    Cards(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    public Optional<Card> find(CardNumber number) {
        return Optional.ofNullable(mongo.findById(number.value(), CardDocument.class)).map(CardDocument::card);
    }

    /** Inserts a new card; false if it is already there (a redelivered event). */
    public boolean insert(CardDocument document) {
        try {
            mongo.insert(document);
        } catch (DuplicateKeyException e) {
            return false;
        }
        relay.nudge();
        return true;
    }

    @Configuration(proxyBeanMethods = false)
    static class Outbox {

        @Bean
        OutboxSource cardsOutbox() {
            return new OutboxSource("cards");
        }
    }
}
