package no.hmskort.localstack.simulators;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import no.hmskort.contracts.events.EventEnvelope;
import no.hmskort.contracts.events.Topics;
import no.hmskort.contracts.events.printing.CardPrinted;
import no.hmskort.contracts.events.printing.PrintFailed;
import no.hmskort.contracts.events.printing.PrintJobEvent;
import no.hmskort.contracts.events.printing.ShipmentDeliveryConfirmed;
import no.hmskort.contracts.events.shipping.ShipmentEvent;
import no.hmskort.contracts.events.shipping.ShipmentSent;
import no.hmskort.contracts.ids.ChipUid;
import no.hmskort.platform.messaging.EventCodec;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The printer partner, and the carrier it relays: takes every print job, "prints" it on a chip with a
 * random 7-byte UID from the current chip batch and reports {@code CardPrinted}; confirms the delivery
 * of every shipment production sends ({@code ShipmentSent} in, {@code ShipmentDeliveryConfirmed} out,
 * at once), so the local stack goes all the way to delivered. Like the real partner must (the printer
 * contract, docs/events.md), it prints a job once however often it is delivered, knowing it by its event id.
 *
 * <p>HTTP API:
 * <ul>
 * <li>{@code POST /printer/failures?count=N}: the next N print jobs fail ({@code PrintFailed}, "printer
 *     jam (simulated)") instead of printing; production retries them, then queues them for the operator.
 *     Answers {@code {"failuresToCome": n}}.
 * <li>{@code POST /printer/chip-batch?name=B}: chips from now on come from batch B (default
 *     {@code SIM-BATCH-1}): a chip-defect recall can then name one batch. Answers {@code {"chipBatch": "B"}}.
 * <li>{@code GET /printer}: the current settings, {@code {"failuresToCome": n, "chipBatch": "B"}}.
 * </ul>
 */
@RestController
@RequestMapping("/printer")
class PrinterSimulator {

    private final EventPublisher events;
    private final EventCodec codec = new EventCodec("printer-simulator");
    private final SecureRandom random = new SecureRandom();
    private final AtomicInteger failuresToCome = new AtomicInteger();
    private final AtomicReference<String> chipBatch = new AtomicReference<>("SIM-BATCH-1");
    /** The ids of the print jobs printed lately: production's relay delivers at least once. */
    private final java.util.Set<java.util.UUID> printed = java.util.Collections.newSetFromMap(
            new java.util.LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<java.util.UUID, Boolean> eldest) {
                    return size() > 200_000;
                }
            });

    PrinterSimulator(EventPublisher events) {
        this.events = events;
    }

    @KafkaListener(topics = "hmskort.production.print-jobs.v1", groupId = "printer-simulator")
    void print(byte[] message) {
        EventEnvelope<PrintJobEvent> job = codec.decode(Topics.PRINT_JOBS, message);
        synchronized (printed) {
            if (!printed.add(job.id())) {
                return;
            }
        }
        if (failuresToCome.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            events.publish(Topics.PRINTER_REPORTS, new PrintFailed(job.data().cardNumber(), "printer jam (simulated)",
                    Instant.now()));
            return;
        }
        byte[] uid = new byte[7];
        random.nextBytes(uid);
        events.publish(Topics.PRINTER_REPORTS, new CardPrinted(job.data().cardNumber(),
                ChipUid.of(HexFormat.of().formatHex(uid)), chipBatch.get(), Instant.now()));
    }

    @KafkaListener(topics = "hmskort.production.shipments.v1", groupId = "printer-simulator-carrier")
    void deliver(byte[] message) {
        EventEnvelope<ShipmentEvent> event = codec.decode(Topics.SHIPMENTS, message);
        if (event.data() instanceof ShipmentSent sent) {
            events.publish(Topics.PRINTER_REPORTS, new ShipmentDeliveryConfirmed(sent.shipmentId(), sent.orderingUnit(),
                    Instant.now()));
        }
    }

    @PostMapping("/failures")
    Map<String, Integer> failNext(@RequestParam(defaultValue = "1") int count) {
        return Map.of("failuresToCome", failuresToCome.addAndGet(count));
    }

    @PostMapping("/chip-batch")
    Map<String, String> useChipBatch(@RequestParam String name) {
        chipBatch.set(name);
        return Map.of("chipBatch", name);
    }

    @GetMapping
    Map<String, Object> settings() {
        return Map.of("failuresToCome", failuresToCome.get(), "chipBatch", chipBatch.get());
    }
}
