package no.hmskort.order.ordering.model;

import java.util.function.Function;

/**
 * What an ordering use case answers: done, with its value, or refused by a named rule with words the caller
 * can act on. A refusal is a value, so it can be decided inside a change and leave nothing written. The
 * rule is an ordering {@link Refusal} or another feature's own {@link Rule}.
 */
public sealed interface Outcome<T> {

    static <T> Outcome<T> done(T value) {
        return new Done<>(value);
    }

    static <T> Outcome<T> refused(Rule rule, String detail) {
        return new Refused<>(rule, detail);
    }

    /** The value when done, carried through; a refusal stays the same refusal. */
    default <U> Outcome<U> map(Function<T, U> f) {
        return switch (this) {
            case Done<T> done -> new Done<>(f.apply(done.value()));
            case Refused<T> refused -> refused.as();
        };
    }

    record Done<T>(T value) implements Outcome<T> {
    }

    record Refused<T>(Rule rule, String detail) implements Outcome<T> {

        /** The same refusal as the outcome of another use case. */
        public <U> Outcome<U> as() {
            return new Refused<>(rule, detail);
        }
    }
}
