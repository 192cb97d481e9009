package no.hmskort.delegation.enhetsregisteret.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import no.hmskort.contracts.ids.OrganisationNumber;
import no.hmskort.delegation.enhetsregisteret.model.FeedCursor;
import no.hmskort.delegation.enhetsregisteret.model.RegisterUnit;
import no.hmskort.delegation.enhetsregisteret.model.UnitUpdate;
import no.hmskort.delegation.enhetsregisteret.model.UpdateKind;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.platform.store.Change;
import org.junit.jupiter.api.Test;

/** The feed's decisions without the register or the store: which updates become which events, and when the cursor moves. */
class ReadingTheFeedTest {

    private static final Instant AS_OF = Instant.parse("2026-11-23T05:01:44Z");
    private static final OrganisationNumber MAIN = OrganisationNumber.of("315114322");
    private static final OrganisationNumber GONE = OrganisationNumber.of("315114330");
    private static final OrganisationNumber UNKNOWN = OrganisationNumber.of("315114314");

    private final Map<UpdateKind, List<UnitUpdate>> pages = new EnumMap<>(UpdateKind.class);
    private final Map<UpdateKind, FeedCursor> stored = new EnumMap<>(UpdateKind.class);
    private final List<String> written = new ArrayList<>();
    private Runnable beforeWrite = () -> { };

    private final ReadingTheFeed feed = new ReadingTheFeed(new Register(), new Cursors(), new Announcements(), 100, 10);

    @Test
    void a_page_becomes_events_written_with_the_cursor_past_it_and_a_unit_the_register_does_not_know_is_skipped() {
        pages.put(UpdateKind.MAIN_UNITS, List.of(new UnitUpdate(MAIN, AS_OF, false, 100),
                new UnitUpdate(GONE, AS_OF, true, 102)));
        pages.put(UpdateKind.SUB_UNITS, List.of(new UnitUpdate(UNKNOWN, AS_OF, false, 100)));

        assertThat(feed.poll()).isEqualTo(3 + 1);

        assertThat(written).containsExactly("unit " + MAIN, "vat " + MAIN, "deleted unit " + GONE);
        assertThat(stored.get(UpdateKind.MAIN_UNITS).nextUpdateId()).isEqualTo(103);
        assertThat(stored.get(UpdateKind.SUB_UNITS).nextUpdateId()).isEqualTo(101);
    }

    @Test
    void an_empty_page_writes_nothing() {
        assertThat(feed.poll()).isZero();
        assertThat(stored).isEmpty();
    }

    @Test
    void a_page_another_reader_took_meanwhile_is_not_taken_twice() {
        pages.put(UpdateKind.MAIN_UNITS, List.of(new UnitUpdate(MAIN, AS_OF, false, 100)));
        beforeWrite = () -> stored.put(UpdateKind.MAIN_UNITS, new FeedCursor(UpdateKind.MAIN_UNITS, 101));

        assertThat(feed.poll()).isZero();
        assertThat(written).isEmpty();
    }

    private final class Register implements RegisterFeed {
        @Override
        public List<UnitUpdate> updates(UpdateKind kind, long from, int size) {
            return pages.getOrDefault(kind, List.of()).stream().filter(u -> u.updateId() >= from).toList();
        }

        @Override
        public Optional<RegisterUnit> unit(UpdateKind kind, OrganisationNumber orgnr, Instant asOf) {
            return orgnr.equals(MAIN) ? Optional.of(new RegisterUnit(MAIN, "NORDLYS RENHOLD AS", "AS", null, false, false,
                    false, asOf, "81.210", null, true)) : Optional.empty();
        }
    }

    private final class Cursors implements FeedCursors {
        @Override
        public Optional<FeedCursor> find(UpdateKind kind) {
            return Optional.ofNullable(stored.get(kind));
        }

        @Override
        public <R> R change(FeedCursor fresh, Function<FeedCursor, Change<FeedCursor, R>> decide) {
            beforeWrite.run();
            Change<FeedCursor, R> change = decide.apply(stored.getOrDefault(fresh.kind(), fresh));
            if (change.changed() != null) {
                stored.put(fresh.kind(), change.changed());
                change.events().forEach(event -> written.add(event.payload()));
            }
            return change.result();
        }
    }

    private static final class Announcements implements UnitAnnouncements {
        @Override
        public OutboxMessage unit(RegisterUnit unit) {
            return message((unit.deleted() ? "deleted unit " : "unit ") + unit.orgnr());
        }

        @Override
        public OutboxMessage vatRegistration(RegisterUnit unit) {
            return message("vat " + unit.orgnr());
        }

        private static OutboxMessage message(String what) {
            return new OutboxMessage(what, "topic", "Type", "subject", what, AS_OF, null);
        }
    }
}
