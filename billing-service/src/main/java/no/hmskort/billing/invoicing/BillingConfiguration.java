package no.hmskort.billing.invoicing;

import java.time.LocalDate;
import java.util.Map;
import no.hmskort.billing.invoicing.application.ManagingPrices;
import no.hmskort.billing.invoicing.ehf.EhfDocuments;
import no.hmskort.billing.invoicing.ehf.Seller;
import no.hmskort.billing.invoicing.model.Money;
import no.hmskort.billing.invoicing.model.PriceList;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({BillingConfiguration.PriceSettings.class, Seller.class})
class BillingConfiguration {

    /**
     * The configured prices are the seed of the stored price list; operators add future ones through the API.
     * Seeded once every bean exists and before the consumers start, so no shipment meets an empty list.
     */
    @Bean
    SmartInitializingSingleton seedPrices(PriceSettings settings, ManagingPrices prices) {
        return () -> prices.seed(settings.cardPrices().entrySet().stream()
                .map(e -> new PriceList.Price(e.getKey(), Money.nok(e.getValue()))).toList());
    }

    @Bean
    EhfDocuments ehfDocuments(Seller seller) {
        return new EhfDocuments(seller);
    }

    /** @param cardPrices the price per card excluding VAT in NOK, by the date it took effect */
    @ConfigurationProperties("hmskort.billing")
    record PriceSettings(Map<LocalDate, String> cardPrices) {
    }
}
