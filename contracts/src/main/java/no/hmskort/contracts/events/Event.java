package no.hmskort.contracts.events;

/**
 * Every event's payload. The partition key is an organisation number or a card number, never a
 * personal number: keys show up in broker tooling and logs.
 */
public interface Event {

    String partitionKey();
}
