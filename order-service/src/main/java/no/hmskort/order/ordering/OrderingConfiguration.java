package no.hmskort.order.ordering;

import java.util.List;
import no.hmskort.order.ordering.model.CardType;
import no.hmskort.order.ordering.model.CardTypePolicy;
import no.hmskort.order.ordering.model.CardTypes;
import no.hmskort.order.ordering.model.Eligibility;
import no.hmskort.order.ordering.model.checks.OrderChecks;
import no.hmskort.registers.duties.RegisterDuties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrderingConfiguration {

    @Bean
    CardTypes cardTypes(@Value("${hmskort.card-types}") List<String> names) {
        return new CardTypes(names.stream().map(CardType::of).toList());
    }

    @Bean
    CardTypePolicy cardTypePolicy(OrderingProperties properties) {
        return new CardTypePolicy(properties.cardTypeRules(), properties.cardTypeRequirements());
    }

    @Bean
    OrderChecks orderChecks(CardTypePolicy cardTypePolicy, OrderingProperties properties) {
        return OrderChecks.of(cardTypePolicy, properties.renewalWindow());
    }

    @Bean
    Eligibility eligibility(OrderingProperties properties) {
        return new Eligibility(new RegisterDuties(), properties.aheadOfStart());
    }
}
