package no.hmskort.order.uploads.application;

import java.util.Optional;
import no.hmskort.order.ordering.application.LineDocuments.Stored;
import no.hmskort.order.ordering.model.DocumentKind;
import no.hmskort.order.uploads.model.DocumentChecks.Checked;

/** Photos and ID copies, each under a random id that says nothing about the person. */
public interface Documents {

    /** Stores a checked document; returns its new id. */
    String store(DocumentKind kind, Checked checked);

    Optional<Stored> load(String id);

    boolean exists(String id);

    /** Deletes the document; null or one already gone changes nothing. */
    void delete(String id);
}
