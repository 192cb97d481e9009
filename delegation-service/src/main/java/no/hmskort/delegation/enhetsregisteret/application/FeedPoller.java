package no.hmskort.delegation.enhetsregisteret.application;

import java.time.Duration;
import no.hmskort.platform.jobs.Leases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Polls on a fixed delay, on one replica at a time (two would read the same pages and race for the cursor);
 * a failed poll is logged and tried again next time (the cursor did not move).
 */
public class FeedPoller {

    private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);

    private final ReadingTheFeed feed;
    private final Leases leases;

    public FeedPoller(ReadingTheFeed feed, Leases leases) {
        this.feed = feed;
        this.leases = leases;
    }

    @Scheduled(fixedDelayString = "${hmskort.enhetsregisteret.feed.poll-interval}",
            initialDelayString = "${hmskort.enhetsregisteret.feed.poll-interval}")
    public boolean poll() {
        return leases.runExclusively("enhetsregisteret-feed", Duration.ofMinutes(5), lease -> {
            try {
                int taken = feed.poll();
                if (taken > 0) {
                    log.info("Took in {} Enhetsregisteret updates", taken);
                }
            } catch (RuntimeException e) {
                // A breaker left open by a register that keeps failing says so in its message.
                log.warn("Enhetsregisteret feed poll failed: {}", e.toString());
            }
        });
    }
}
