package no.hmskort.order.uploads.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.UUID;
import no.hmskort.order.ordering.application.LineDocuments.Stored;
import no.hmskort.order.ordering.model.DocumentKind;
import no.hmskort.order.uploads.application.Documents;
import no.hmskort.order.uploads.model.DocumentChecks;
import org.bson.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.gridfs.GridFsResource;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.stereotype.Component;

/**
 * Photos and ID copies in MongoDB's GridFS ({@code fs.files}, {@code fs.chunks}), each under a random id
 * (its file name) that says nothing about the person.
 */
@Component
class GridFsDocuments implements Documents {

    private final GridFsTemplate gridFs;

    GridFsDocuments(GridFsTemplate gridFs) {
        this.gridFs = gridFs;
    }

    @Override
    public String store(DocumentKind kind, DocumentChecks.Checked checked) {
        String id = UUID.randomUUID().toString();
        gridFs.store(new ByteArrayInputStream(checked.content()), id, checked.contentType(),
                new Document("kind", kind.name()));
        return id;
    }

    @Override
    public Optional<Stored> load(String id) {
        GridFsResource resource = gridFs.getResource(id);
        if (!resource.exists()) {
            return Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            Document metadata = resource.getGridFSFile().getMetadata();
            String kind = metadata == null ? null : metadata.getString("kind");
            return Optional.of(new Stored(kind == null ? null : DocumentKind.valueOf(kind), in.readAllBytes(),
                    resource.getContentType()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean exists(String id) {
        return gridFs.findOne(byName(id)) != null;
    }

    @Override
    public void delete(String id) {
        if (id != null) {
            gridFs.delete(byName(id));
        }
    }

    private static Query byName(String id) {
        return new Query(Criteria.where("filename").is(id));
    }
}
