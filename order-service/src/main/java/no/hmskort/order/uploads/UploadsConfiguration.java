package no.hmskort.order.uploads;

import no.hmskort.order.uploads.model.DocumentChecks;
import no.hmskort.order.uploads.model.DocumentLimits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class UploadsConfiguration {

    @Bean
    DocumentChecks documentChecks(UploadProperties properties) {
        return new DocumentChecks(new DocumentLimits(properties.maxBytes(), properties.minWidth(),
                properties.minHeight(), properties.maxMegapixels()));
    }
}
