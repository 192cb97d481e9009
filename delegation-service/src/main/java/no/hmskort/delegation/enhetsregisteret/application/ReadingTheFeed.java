package no.hmskort.delegation.enhetsregisteret.application;

import java.util.ArrayList;
import java.util.List;
import no.hmskort.delegation.enhetsregisteret.model.FeedCursor;
import no.hmskort.delegation.enhetsregisteret.model.RegisterUnit;
import no.hmskort.delegation.enhetsregisteret.model.UnitUpdate;
import no.hmskort.delegation.enhetsregisteret.model.UpdateKind;
import no.hmskort.platform.messaging.OutboxMessage;
import no.hmskort.platform.store.Change;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a page of each of Enhetsregisteret's update feeds, fetches each changed unit, and publishes it (and,
 * for a main unit, the VAT registration it shows) as register events. The cursor advances and the events are
 * stored in the same single-document write, so an update is never skipped nor lost; a failed read leaves the
 * cursor where it was.
 *
 * <p>Formal roles with personal numbers are not in the open data; they arrive from the restricted roles
 * service behind the same {@code RolesChanged} contract.
 */
public class ReadingTheFeed {

    private static final Logger log = LoggerFactory.getLogger(ReadingTheFeed.class);

    private final RegisterFeed register;
    private final FeedCursors cursors;
    private final UnitAnnouncements announcements;
    private final long firstUpdateId;
    private final int pageSize;

    /** @param firstUpdateId where to start when no cursor is stored yet */
    public ReadingTheFeed(RegisterFeed register, FeedCursors cursors, UnitAnnouncements announcements,
            long firstUpdateId, int pageSize) {
        this.register = register;
        this.cursors = cursors;
        this.announcements = announcements;
        this.firstUpdateId = firstUpdateId;
        this.pageSize = pageSize;
    }

    /** Reads one page of each feed; returns how many updates were taken in. */
    public int poll() {
        int taken = 0;
        for (UpdateKind kind : UpdateKind.values()) {
            taken += readPage(kind);
        }
        return taken;
    }

    private int readPage(UpdateKind kind) {
        FeedCursor cursor = cursors.find(kind).orElse(new FeedCursor(kind, firstUpdateId));
        long from = cursor.nextUpdateId();
        List<OutboxMessage> events = new ArrayList<>();
        long next = from;
        for (UnitUpdate update : register.updates(kind, from, pageSize)) {
            events.addAll(eventsOf(kind, update));
            next = Math.max(next, update.updateId() + 1);
        }
        if (next == from) {
            return 0;
        }
        long advancedTo = next;
        // Another reader that moved the cursor meanwhile took these updates already.
        return cursors.change(cursor, stored -> stored.isAt(from)
                ? Change.to(stored.advancedTo(advancedTo), events, (int) (advancedTo - from))
                : Change.none(0));
    }

    private List<OutboxMessage> eventsOf(UpdateKind kind, UnitUpdate update) {
        if (update.removed()) {
            return List.of(announcements.unit(RegisterUnit.deleted(update.orgnr(), null, null, update.asOf())));
        }
        return register.unit(kind, update.orgnr(), update.asOf()).map(unit -> {
            List<OutboxMessage> events = new ArrayList<>(List.of(announcements.unit(unit)));
            if (kind == UpdateKind.MAIN_UNITS && unit.showsVatRegistration()) {
                events.add(announcements.vatRegistration(unit));
            }
            return events;
        }).orElseGet(() -> {
            log.warn("Enhetsregisteret has no unit {} announced in its feed; skipped", update.orgnr());
            return List.of();
        });
    }
}
