package no.hmskort.billing.invoicing;

import java.time.LocalDate;
import java.util.Map;
import no.hmskort.billing.invoicing.model.Money;
import no.hmskort.billing.invoicing.model.PriceList;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BillingConfiguration.PriceSettings.class)
class BillingConfiguration {

    @Bean
    PriceList priceList(PriceSettings settings) {
        return new PriceList(settings.cardPrices().entrySet().stream()
                .map(e -> new PriceList.Price(e.getKey(), Money.nok(e.getValue()))).toList());
    }

    /** @param cardPrices the price per card excluding VAT in NOK, by the date it took effect */
    @ConfigurationProperties("hmskort.billing")
    record PriceSettings(Map<LocalDate, String> cardPrices) {
    }
}
