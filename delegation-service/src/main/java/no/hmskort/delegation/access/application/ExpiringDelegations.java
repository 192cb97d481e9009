package no.hmskort.delegation.access.application;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.delegation.access.model.AccessChange;
import no.hmskort.platform.jobs.Leases;
import no.hmskort.platform.store.Change;
import no.hmskort.platform.time.Norway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Records delegations whose stop date has passed as expired, in the audit trail and to the others.
 * Access already ended on the date (every service checks the dates itself); this makes it visible.
 * Idempotent: an expired delegation is not open, so a second run finds nothing.
 */
@Service
public class ExpiringDelegations {

    private static final Logger log = LoggerFactory.getLogger(ExpiringDelegations.class);

    private final Businesses businesses;
    private final AccessAnnouncements announcements;
    private final Clock clock;
    private final Leases leases;

    ExpiringDelegations(Businesses businesses, AccessAnnouncements announcements, Clock clock, Leases leases) {
        this.businesses = businesses;
        this.announcements = announcements;
        this.clock = clock;
        this.leases = leases;
    }

    @Scheduled(fixedDelayString = "${hmskort.delegation.expiry-interval:PT1M}")
    public boolean onSchedule() {
        return leases.runExclusively("delegation-expiry", Duration.ofMinutes(5), lease -> {
            int expired = expireAsOf(Norway.today(clock));
            if (expired > 0) {
                log.info("Recorded {} expired delegations", expired);
            }
        });
    }

    /** Expires every delegation that stopped before {@code today}; returns how many. */
    public int expireAsOf(LocalDate today) {
        int count = 0;
        for (OrganisationNumber orgnr : businesses.withDelegationsEndingBefore(today)) {
            count += businesses.change(orgnr, business -> {
                List<AccessChange> changes = business.expire(today, clock.instant());
                return changes.isEmpty() ? Change.none(List.<AccessChange>of()) : announcements.change(business, changes);
            }).size();
        }
        return count;
    }
}
