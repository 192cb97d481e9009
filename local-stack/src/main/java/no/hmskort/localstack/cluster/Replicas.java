package no.hmskort.localstack.cluster;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * The replicas of one service, taken in turn. A replica that refused a connection is set aside for a moment,
 * so that the requests after the one that found it gone do not knock first on a door that is shut; after the
 * moment it takes its turn again, and is back if it answers. One set aside is still tried last, so a request
 * reaches any replica that is up, whatever was believed of it.
 */
final class Replicas {

    static final Duration SET_ASIDE = Duration.ofSeconds(2);

    /** One replica, and until when it is set aside (on the clock of {@link Replicas#nanoTime}). */
    static final class Replica {

        private final URI address;
        private volatile boolean setAside;
        private volatile long setAsideUntil;

        private Replica(URI address) {
            this.address = address;
        }

        URI address() {
            return address;
        }
    }

    private final List<Replica> replicas;
    private final LongSupplier nanoTime;
    private final AtomicInteger turn = new AtomicInteger();

    Replicas(List<URI> addresses, LongSupplier nanoTime) {
        this.replicas = addresses.stream().map(Replica::new).toList();
        this.nanoTime = nanoTime;
    }

    /** This request's order: from the next in turn round, those set aside at the end. */
    List<Replica> inTurn() {
        int first = Math.floorMod(turn.getAndIncrement(), replicas.size());
        long now = nanoTime.getAsLong();
        List<Replica> order = new ArrayList<>(replicas.size());
        List<Replica> setAside = new ArrayList<>(0);
        for (int i = 0; i < replicas.size(); i++) {
            Replica replica = replicas.get((first + i) % replicas.size());
            (replica.setAside && now - replica.setAsideUntil < 0 ? setAside : order).add(replica);
        }
        order.addAll(setAside);
        return order;
    }

    void refused(Replica replica, IOException reason) {
        replica.setAsideUntil = nanoTime.getAsLong() + SET_ASIDE.toNanos();
        if (!replica.setAside) {
            replica.setAside = true;
            System.out.println("front door: " + replica.address.getAuthority() + " did not take a request (" + why(reason)
                    + "); set aside for " + SET_ASIDE.toSeconds() + " s at a time until it answers");
        }
    }

    /** The client's exceptions often say why only in their cause ("Connection refused"). */
    private static String why(Throwable reason) {
        for (Throwable cause = reason; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null) {
                return cause.getMessage();
            }
        }
        return reason.getClass().getSimpleName();
    }

    void answered(Replica replica) {
        if (replica.setAside) {
            replica.setAside = false;
            System.out.println("front door: " + replica.address.getAuthority() + " answers again");
        }
    }
}
