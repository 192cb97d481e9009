package no.hmskort.billing.invoicing.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.hmskort.billing.invoicing.application.ManagingPrices;
import no.hmskort.billing.invoicing.application.RunningPostageRefund;
import no.hmskort.billing.invoicing.model.ListedPrice;
import no.hmskort.billing.invoicing.model.Money;
import no.hmskort.billing.invoicing.model.PostageTable;
import no.hmskort.billing.invoicing.model.PostageTables;
import no.hmskort.billing.invoicing.model.PriceList;
import no.hmskort.billing.invoicing.model.Provenance;
import no.hmskort.billing.invoicing.model.RefundRun;
import no.hmskort.platform.security.Caller;
import no.hmskort.platform.web.AnswersProblems;
import no.hmskort.platform.web.ApiProblem;
import no.hmskort.platform.web.OpenApiConfiguration;
import no.hmskort.platform.web.ProblemType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operator tools: the price list, the postage tables and postage-refund runs (client token with scope
 * hmskort:operator). Each price and table says where its figures come from and which are our assumptions.
 */
@RestController
class OperatorBillingController {

    static final ProblemType PRICE_DATE_TAKEN = ProblemType.of("price-date-taken", HttpStatus.CONFLICT,
            "A price already takes effect on that date");
    static final ProblemType REFUND_RUN_NOT_FOUND = ProblemType.of("refund-run-not-found", HttpStatus.NOT_FOUND,
            "No such postage-refund run");

    private final ManagingPrices prices;
    private final RunningPostageRefund refunds;
    private final PostageTables postage;

    OperatorBillingController(ManagingPrices prices, RunningPostageRefund refunds, PostageTables postage) {
        this.prices = prices;
        this.refunds = refunds;
        this.postage = postage;
    }

    record PriceView(LocalDate from, long netAmountOre, String net) {

        static PriceView of(PriceList.Price price) {
            return new PriceView(price.from(), price.net().ore(), price.net().decimal());
        }
    }

    /**
     * @param source where the figures come from; null for a price stored before sources were kept
     * @param dateAssumed the date it took effect is our assumption, not a published fact
     * @param amountAssumed the amount is our assumption, not a published fact
     */
    record ListedPriceView(LocalDate from, long netAmountOre, String net, String source, boolean dateAssumed,
            boolean amountAssumed) {

        static ListedPriceView of(ListedPrice listed) {
            PriceList.Price price = listed.price();
            Provenance provenance = listed.provenance();
            return new ListedPriceView(price.from(), price.net().ore(), price.net().decimal(),
                    provenance == null ? null : provenance.source(), provenance != null && provenance.dateAssumed(),
                    provenance != null && provenance.amountAssumed());
        }
    }

    /** @param upToCards the most cards the tier covers; null for the last, open tier */
    record TierView(Integer upToCards, long postageOre, String postage) {
    }

    /** @param upToCards null for the open last tier */
    record AppliedTierView(Integer upToCards, long postageOre) {
    }

    /** A postage table as a run applied it. */
    record AppliedTableView(LocalDate from, List<AppliedTierView> tiers) {

        static AppliedTableView of(PostageTable table) {
            return new AppliedTableView(table.from(), table.tiers().stream()
                    .map(t -> new AppliedTierView(t.upToCards(), t.postage().ore())).toList());
        }
    }

    /**
     * What a postage-refund run did; amounts in øre.
     *
     * @param postageTables the tables the run judged by, as they were then
     * @param examined invoices in the period whose postage was charged
     * @param creditNoteNumbers the credit notes this run issued
     */
    record RefundRunView(String id, LocalDate from, LocalDate to, List<AppliedTableView> postageTables,
            String startedBy, Instant startedAt, Instant finishedAt, int examined, List<String> creditNoteNumbers,
            long creditedNetOre, long creditedVatOre, long creditedGrossOre) {

        static RefundRunView of(RefundRun run) {
            return new RefundRunView(run.id(), run.from(), run.to(), run.postageTables().stream()
                    .map(AppliedTableView::of).toList(), run.startedBy(), run.startedAt(), run.finishedAt(),
                    run.examined(), run.creditNoteNumbers(), run.creditedNet().ore(), run.creditedVat().ore(),
                    run.creditedGross().ore());
        }
    }

    record PostageTableView(LocalDate from, List<TierView> tiers, String source, boolean dateAssumed,
            boolean amountsAssumed) {

        static PostageTableView of(PostageTable table) {
            Provenance provenance = table.provenance();
            return new PostageTableView(table.from(), table.tiers().stream().map(t -> new TierView(t.upToCards(),
                    t.postage().ore(), t.postage().decimal())).toList(), provenance == null ? null : provenance.source(),
                    provenance != null && provenance.dateAssumed(), provenance != null && provenance.amountAssumed());
        }
    }

    /** @param net NOK per card excluding VAT, e.g. "139.00" */
    record NewPrice(@NotNull LocalDate from, @NotNull @PositiveOrZero BigDecimal net) {
    }

    /**
     * @param correctPostageOre no longer accepted, and refused rather than ignored so an old script learns it:
     *     one figure for every shipment credited correctly charged shipments of the higher tiers
     */
    record RefundRequest(@NotNull LocalDate from, @NotNull LocalDate to, Long correctPostageOre) {
    }

    @Operation(summary = "The price list, every price with the date it takes effect",
            security = @SecurityRequirement(name = OpenApiConfiguration.CLIENT, scopes = Caller.OPERATOR_SCOPE))
    @GetMapping("/api/operator/prices")
    List<ListedPriceView> priceList(Caller caller) {
        caller.requireScope(Caller.OPERATOR_SCOPE, "Operator tools");
        return prices.listed().stream().map(ListedPriceView::of).toList();
    }

    @Operation(summary = "Add a future price (from tomorrow at the earliest)",
            security = @SecurityRequirement(name = OpenApiConfiguration.CLIENT, scopes = Caller.OPERATOR_SCOPE))
    @ApiResponse(responseCode = "201", description = "The price as added")
    @AnswersProblems("price-date-taken")
    @PostMapping("/api/operator/prices")
    ResponseEntity<PriceView> addPrice(Caller caller, @Valid @RequestBody NewPrice request) {
        caller.requireScope(Caller.OPERATOR_SCOPE, "Operator tools");
        if (request.net().scale() > 2) {
            throw ApiProblem.invalid("net", "at most two decimals (øre)");
        }
        PriceList.Price price = new PriceList.Price(request.from(), Money.nok(request.net().toPlainString()));
        return switch (prices.add(price, caller.clientId())) {
            case ManagingPrices.Added added -> ResponseEntity.status(HttpStatus.CREATED).body(PriceView.of(added.price()));
            case ManagingPrices.Refused refused -> throw refusal(refused, request.from());
        };
    }

    /** Each rule of the price list as the problem an operator reads. */
    private static ApiProblem refusal(ManagingPrices.Refused refused, LocalDate from) {
        return switch (refused.refusal()) {
            case NOT_IN_THE_FUTURE -> ApiProblem.invalid("from",
                    "must be after today (" + refused.today() + "), so no order already placed changes price");
            case DATE_TAKEN -> new ApiProblem(PRICE_DATE_TAKEN, "A price already takes effect on " + from);
        };
    }

    @Operation(summary = "The card price in force today, excluding VAT")
    @GetMapping("/api/prices/current")
    PriceView currentPrice() {
        return PriceView.of(prices.current());
    }

    @Operation(summary = "The postage tables, each with the date it takes effect and where its figures come from",
            security = @SecurityRequirement(name = OpenApiConfiguration.CLIENT, scopes = Caller.OPERATOR_SCOPE))
    @GetMapping("/api/operator/postage-tables")
    List<PostageTableView> postageTables(Caller caller) {
        caller.requireScope(Caller.OPERATOR_SCOPE, "Operator tools");
        return postage.tables().stream().map(PostageTableView::of).toList();
    }

    @Operation(summary = "Credit the postage overcharged on shipments sent in a period: each shipment's charge "
            + "against its tier in the postage table in force on the day it was sent",
            security = @SecurityRequirement(name = OpenApiConfiguration.CLIENT, scopes = Caller.OPERATOR_SCOPE))
    @PostMapping("/api/operator/postage-refunds")
    RefundRunView refund(Caller caller, @Valid @RequestBody RefundRequest request) {
        caller.requireScope(Caller.OPERATOR_SCOPE, "Operator tools");
        if (request.correctPostageOre() != null) {
            throw ApiProblem.invalid("correctPostageOre", "no longer accepted: each shipment is judged by the postage "
                    + "table in force on the day it was sent (GET /api/operator/postage-tables); name only the period");
        }
        if (request.to().isBefore(request.from())) {
            throw ApiProblem.invalid("to", "must not be before from");
        }
        return switch (refunds.run(new RunningPostageRefund.Command(request.from(), request.to(), caller.clientId()))) {
            case RunningPostageRefund.Ran ran -> RefundRunView.of(ran.run());
            case RunningPostageRefund.NoPostageTable none -> throw ApiProblem.invalid("from",
                    "no postage table is in force before " + none.firstTableFrom());
        };
    }

    @Operation(summary = "What a postage-refund run did",
            security = @SecurityRequirement(name = OpenApiConfiguration.CLIENT, scopes = Caller.OPERATOR_SCOPE))
    @AnswersProblems("refund-run-not-found")
    @GetMapping("/api/operator/postage-refunds/{runId}")
    RefundRunView refundRun(Caller caller, @PathVariable String runId) {
        caller.requireScope(Caller.OPERATOR_SCOPE, "Operator tools");
        return refunds.find(runId).map(RefundRunView::of)
                .orElseThrow(() -> new ApiProblem(REFUND_RUN_NOT_FOUND, "No run " + runId));
    }
}
