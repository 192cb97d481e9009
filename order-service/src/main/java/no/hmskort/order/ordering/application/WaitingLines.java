package no.hmskort.order.ordering.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.hmskort.order.ordering.OrderingProperties;
import no.hmskort.order.ordering.model.Order;
import no.hmskort.order.ordering.model.OrderId;
import no.hmskort.order.ordering.model.OrderLine;
import no.hmskort.platform.jobs.Leases;
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

    private final Orders orders;
    private final ChangingOrders changing;
    private final JudgingLines judging;
    private final LineDocuments documents;
    private final Duration period;
    private final Clock clock;
    private final Leases leases;

    WaitingLines(Orders orders, ChangingOrders changing, JudgingLines judging,
            LineDocuments documents, OrderingProperties properties, Clock clock, Leases leases) {
        this.leases = leases;
        this.orders = orders;
        this.changing = changing;
        this.judging = judging;
        this.documents = documents;
        this.period = properties.cancelAfter();
        this.clock = clock;
    }

    /** One run as of {@code now}; returns how many lines it cancelled. */
    public int runAt(Instant now) {
        LocalDate today = Norway.dateOf(now);
        int cancelled = 0;
        for (OrderId orderId : orders.waiting()) {
            List<OrderLine> expired = changing.decide(orderId, order -> {
                Order judged = judging.judge(order, today);
                List<OrderLine> due = judged.lines().stream().filter(l -> l.waitedLongerThan(period, now)).toList();
                return changing.changed(order, judged.withLines(l -> due.contains(l) ? l.cancelled(EXPIRED) : l), due);
            }).orElse(List.of());
            expired.forEach(line -> documents.forget(orderId, line));
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
