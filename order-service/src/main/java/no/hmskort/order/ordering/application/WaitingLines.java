package no.hmskort.order.ordering.application;

import no.hmskort.platform.jobs.Leases;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import no.hmskort.order.ordering.OrderingProperties;
import no.hmskort.order.ordering.model.OrderLine;
import no.hmskort.platform.time.Norway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Daily, for every order with lines awaiting registration: judge them again (register dates pass at
 * midnight, and an employment may start), and cancel, free of charge, each line still waiting a whole
 * period (30 days) after it began to wait. Idempotent: a second run the same day changes nothing.
 */
@Service
public class WaitingLines {

    private static final Logger log = LoggerFactory.getLogger(WaitingLines.class);
    static final String EXPIRED = "still awaiting registration after the waiting period; cancelled free of charge";

    private final no.hmskort.order.ordering.persistence.Orders orders;
    private final ChangingOrders changing;
    private final JudgingLines judging;
    private final CancellingOrder cancelling;
    private final Duration period;
    private final Clock clock;
    private final Leases leases;

    WaitingLines(no.hmskort.order.ordering.persistence.Orders orders, ChangingOrders changing, JudgingLines judging,
            CancellingOrder cancelling, OrderingProperties properties, Clock clock, Leases leases) {
        this.leases = leases;
        this.orders = orders;
        this.changing = changing;
        this.judging = judging;
        this.cancelling = cancelling;
        this.period = properties.cancelAfter();
        this.clock = clock;
    }

    /** One run as of {@code now}; returns how many lines it cancelled. */
    public int runAt(Instant now) {
        LocalDate today = Norway.dateOf(now);
        int cancelled = 0;
        for (UUID orderId : orders.waiting()) {
            java.util.List<OrderLine> expired = new java.util.ArrayList<>();
            changing.change(orderId, order -> {
                expired.clear();
                return judging.judge(order, today).withLines(l -> {
                    if (l.waitedLongerThan(period, now)) {
                        expired.add(l);
                        return l.cancelled(EXPIRED);
                    }
                    return l;
                });
            });
            expired.forEach(line -> cancelling.forget(orderId, line));
            cancelled += expired.size();
        }
        log.info("Waiting lines judged again; {} cancelled after {}", cancelled, period);
        return cancelled;
    }

    @Scheduled(cron = "${hmskort.ordering.recheck-cron:0 15 0 * * *}", zone = "Europe/Oslo")
    public boolean daily() {
        return leases.runExclusively("waiting-lines", Duration.ofHours(1), lease -> runAt(clock.instant()));
    }
}
