package no.hmskort.billing.invoicing.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import no.hmskort.billing.invoicing.model.ListedPrice;
import no.hmskort.billing.invoicing.model.PriceList;
import no.hmskort.platform.store.Change;

/** The card price list, one price per date it takes effect, with its source. */
public interface Prices {

    /** Every price, oldest first. */
    List<ListedPrice> listed();

    default PriceList priceList() {
        return new PriceList(listed().stream().map(ListedPrice::price).toList());
    }

    /** Adds the price unless one already starts that day; false if one does. */
    boolean add(ListedPrice price);

    /** Changes the price that starts on {@code from} as {@code decide} says; empty when none does. */
    <R> Optional<R> change(LocalDate from, Function<ListedPrice, Change<ListedPrice, R>> decide);
}
