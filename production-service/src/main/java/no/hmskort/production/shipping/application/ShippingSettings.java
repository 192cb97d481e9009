package no.hmskort.production.shipping.application;

import java.util.List;
import no.hmskort.production.shipping.model.PostageTable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code hmskort.production.postage}: the postage table, tier by tier ({@code up-to-cards}, {@code ore});
 * the last tier has no limit.
 */
@ConfigurationProperties("hmskort.production")
public record ShippingSettings(List<PostageTable.Tier> postage) {

    public PostageTable postageTable() {
        return new PostageTable(postage);
    }
}
