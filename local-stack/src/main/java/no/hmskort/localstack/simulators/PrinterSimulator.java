package no.hmskort.localstack.simulators;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.printing.CardPrinted;
import no.hmskort.contracts.events.printing.PrintFailed;
import no.hmskort.contracts.events.printing.PrintJobEvent;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.platform.messaging.EventCodec;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The printer partner: takes every print job, "prints" it with a chip of random 7-byte UID and reports
 * back. {@code POST /printer/failures?count=N} makes the next N jobs fail instead.
 */
@RestController
@RequestMapping("/printer")
class PrinterSimulator {

    private final EventPublisher events;
    private final EventCodec codec = new EventCodec("printer-simulator");
    private final SecureRandom random = new SecureRandom();
    private final AtomicInteger failuresToCome = new AtomicInteger();

    PrinterSimulator(EventPublisher events) {
        this.events = events;
    }

    @KafkaListener(topics = "hmskort.production.print-jobs.v1", groupId = "printer-simulator")
    void print(byte[] message) {
        EventEnvelope<PrintJobEvent> job = codec.decode(Topics.PRINT_JOBS, message);
        if (failuresToCome.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            events.publish(Topics.PRINTER_REPORTS, new PrintFailed(job.data().cardNumber(), "printer jam (simulated)",
                    Instant.now()));
            return;
        }
        byte[] uid = new byte[7];
        random.nextBytes(uid);
        events.publish(Topics.PRINTER_REPORTS, new CardPrinted(job.data().cardNumber(),
                ChipUid.of(HexFormat.of().formatHex(uid)), "SIM-BATCH-1", Instant.now()));
    }

    @PostMapping("/failures")
    Map<String, Integer> failNext(@RequestParam(defaultValue = "1") int count) {
        return Map.of("failuresToCome", failuresToCome.addAndGet(count));
    }
}
