package no.hmskort.billing.invoicing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import no.hmskort.billing.invoicing.application.ManagingPrices;
import no.hmskort.billing.invoicing.model.Money;
import no.hmskort.billing.invoicing.model.PostageTable;
import no.hmskort.billing.invoicing.model.PostageTables;
import no.hmskort.billing.invoicing.model.PriceList;
import no.hmskort.billing.invoicing.model.Provenance;
import no.hmskort.billing.invoicing.web.ehf.EhfDocuments;
import no.hmskort.billing.invoicing.web.ehf.Seller;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties({BillingConfiguration.BillingSettings.class, Seller.class})
class BillingConfiguration {

    /**
     * The configured prices are the seed of the stored price list; operators add future ones through the API.
     * Seeded once every bean exists and before the consumers start, so no shipment meets an empty list.
     */
    @Bean
    SmartInitializingSingleton seedPrices(BillingSettings settings, ManagingPrices prices) {
        return () -> prices.seed(settings.cardPrices().entrySet().stream()
                .map(e -> new ManagingPrices.ConfiguredPrice(new PriceList.Price(e.getKey(), Money.nok(e.getValue().net())),
                        e.getValue().provenance())).toList());
    }

    /** Read from configuration only: a corrected table is a reviewed change with its source, not a request field. */
    @Bean
    PostageTables postageTables(BillingSettings settings) {
        return new PostageTables(settings.postageTables().entrySet().stream()
                .map(e -> new PostageTable(e.getKey(), e.getValue().tiers().stream()
                        .map(t -> new PostageTable.Tier(t.upToCards(), new Money(t.ore()))).toList(),
                        e.getValue().provenance())).toList());
    }

    @Bean
    EhfDocuments ehfDocuments(Seller seller) {
        return new EhfDocuments(seller);
    }

    /**
     * @param cardPrices the price per card by the date it took effect
     * @param postageTables the postage per shipment by its number of cards, by the date each table took effect
     */
    @ConfigurationProperties("hmskort.billing")
    record BillingSettings(Map<LocalDate, ConfiguredPrice> cardPrices, Map<LocalDate, ConfiguredPostage> postageTables) {
    }

    /** @param net NOK per card excluding VAT, e.g. "132.90" */
    record ConfiguredPrice(String net, String source, boolean dateAssumed, boolean amountAssumed) {

        Provenance provenance() {
            return new Provenance(source, dateAssumed, amountAssumed);
        }
    }

    record ConfiguredPostage(List<ConfiguredTier> tiers, String source, boolean dateAssumed, boolean amountsAssumed) {

        Provenance provenance() {
            return new Provenance(source, dateAssumed, amountsAssumed);
        }
    }

    /**
     * @param upToCards null for the last, open tier
     * @param ore postage excluding VAT
     */
    record ConfiguredTier(Integer upToCards, long ore) {
    }
}
