package no.hmskort.testsupport;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** A service's {@code Clock} as a {@link MovableClock}: {@code @Import} it into the service's integration tests. */
@TestConfiguration(proxyBeanMethods = false)
public class MovableClockConfiguration {

    @Bean
    MovableClock clock() {
        return new MovableClock();
    }
}
