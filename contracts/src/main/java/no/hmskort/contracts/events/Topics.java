package no.hmskort.contracts.events;

import java.util.List;
import no.hmskort.contracts.events.access.AccessEvent;
import no.hmskort.contracts.events.billing.BillingEvent;
import no.hmskort.contracts.events.cards.CardEvent;
import no.hmskort.contracts.events.cardstatus.CardJudgementEvent;
import no.hmskort.contracts.events.cardstatus.CardStatusEvent;
import no.hmskort.contracts.events.orders.OrderEvent;
import no.hmskort.contracts.events.printing.PrintJobEvent;
import no.hmskort.contracts.events.printing.PrinterReport;
import no.hmskort.contracts.events.registers.ApprovalRegisterEvent;
import no.hmskort.contracts.events.registers.EmploymentEvent;
import no.hmskort.contracts.events.registers.EnhetsregisteretEvent;
import no.hmskort.contracts.events.registers.ForeignWorkEvent;
import no.hmskort.contracts.events.registers.PersonRegisterEvent;
import no.hmskort.contracts.events.registers.VatRegisterEvent;
import no.hmskort.contracts.events.shipping.ShipmentEvent;

/**
 * Every topic of the system: {@code hmskort.<owner>.<stream>.v<major>}. A breaking change opens a new
 * topic; the event catalogue (docs/events.md) describes each.
 */
public final class Topics {

    /** Enhetsregisteret facts: units (main and sub), their state, and their formal roles. Key: orgnr. */
    public static final Topic<EnhetsregisteretEvent> ENHETSREGISTERET =
            Topic.of("hmskort.register.enhetsregisteret.v1", EnhetsregisteretEvent.class);

    /** Merverdiavgiftsregisteret: VAT registration. Key: orgnr. */
    public static final Topic<VatRegisterEvent> VAT_REGISTER = Topic.of("hmskort.register.vat.v1", VatRegisterEvent.class);

    /** Aa-registeret: employments. Key: orgnr of the employer (sub-)unit. */
    public static final Topic<EmploymentEvent> EMPLOYMENTS =
            Topic.of("hmskort.register.employments.v1", EmploymentEvent.class);

    /** Oppdrags- og arbeidsforholdsregisteret: foreign assignments and workers. Key: orgnr of the business. */
    public static final Topic<ForeignWorkEvent> FOREIGN_WORK =
            Topic.of("hmskort.register.foreign-work.v1", ForeignWorkEvent.class);

    /** Renholdsregisteret and Bemanningsforetaksregisteret. Key: orgnr. */
    public static final Topic<ApprovalRegisterEvent> APPROVALS =
            Topic.of("hmskort.register.approvals.v1", ApprovalRegisterEvent.class);

    /** D-number status and residence permits. Key: the person's pseudonym. */
    public static final Topic<PersonRegisterEvent> PERSONS =
            Topic.of("hmskort.register.persons.v1", PersonRegisterEvent.class);

    /** Who may act for which business (roles and delegations). Key: orgnr of the business. */
    public static final Topic<AccessEvent> ACCESS = Topic.of("hmskort.delegation.access.v1", AccessEvent.class);

    /** Order lines that are ready for production, or withdrawn. Key: orgnr of the ordering unit. */
    public static final Topic<OrderEvent> ORDERS = Topic.of("hmskort.order.lines.v1", OrderEvent.class);

    /** Print jobs for the printer partner. Key: card number. */
    public static final Topic<PrintJobEvent> PRINT_JOBS =
            Topic.of("hmskort.production.print-jobs.v1", PrintJobEvent.class);

    /** The printer partner's reports: printed with a chip UID, or failed. Key: card number. */
    public static final Topic<PrinterReport> PRINTER_REPORTS =
            Topic.of("hmskort.printer.reports.v1", PrinterReport.class);

    /** Cards produced: issued, shipped, delivered, replaced. Key: card number. */
    public static final Topic<CardEvent> CARDS = Topic.of("hmskort.production.cards.v1", CardEvent.class);

    /** Shipments of printed cards, with postage: what billing invoices. Key: orgnr of the ordering unit. */
    public static final Topic<ShipmentEvent> SHIPMENTS =
            Topic.of("hmskort.production.shipments.v1", ShipmentEvent.class);

    /** Card status changes for access-control systems and site registers. Key: card number. */
    public static final Topic<CardStatusEvent> CARD_STATUS =
            Topic.of("hmskort.cardstatus.changes.v1", CardStatusEvent.class);

    /** card-status-service's own pages of cards to judge again after a business-wide change. Key: a card number. */
    public static final Topic<CardJudgementEvent> CARD_JUDGEMENTS =
            Topic.of("hmskort.cardstatus.judgements.v1", CardJudgementEvent.class);

    /** Invoices and credit notes for finance. Key: orgnr of the customer. */
    public static final Topic<BillingEvent> BILLING = Topic.of("hmskort.billing.documents.v1", BillingEvent.class);

    /** The register topics card validity follows. */
    public static final List<Topic<?>> REGISTERS = List.of(
            ENHETSREGISTERET, VAT_REGISTER, EMPLOYMENTS, FOREIGN_WORK, APPROVALS, PERSONS);

    public static final List<Topic<?>> ALL = List.of(
            ENHETSREGISTERET, VAT_REGISTER, EMPLOYMENTS, FOREIGN_WORK, APPROVALS, PERSONS, ACCESS, ORDERS, PRINT_JOBS, PRINTER_REPORTS, CARDS, SHIPMENTS, CARD_STATUS, CARD_JUDGEMENTS, BILLING);

    private Topics() {
    }
}
