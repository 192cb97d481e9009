package no.hmskort.order.ordering;

import java.util.List;
import no.hmskort.order.ordering.model.CardTypes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrderingConfiguration {

    @Bean
    CardTypes cardTypes(@Value("${hmskort.card-types}") List<String> codes) {
        return new CardTypes(codes);
    }
}
