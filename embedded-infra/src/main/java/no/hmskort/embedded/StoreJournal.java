package no.hmskort.embedded;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * The store's file: every write command, appended as it was applied (its database, name and BSON), so that
 * replaying the file in order rebuilds the store. Each record is written to the file before the client hears
 * its write succeeded (one {@code write} call, not forced to the disk: durable when the process is killed,
 * not when the power is cut). A record cut short by a crash is dropped at the next start.
 *
 * <p>Record: a four-byte length, then a BSON document {@code {db, command, body}}.
 */
final class StoreJournal implements AutoCloseable {

    private final Path file;
    private FileChannel channel;
    /** Bytes in the file, kept here so that a write does not ask the file system. */
    private long size;

    private StoreJournal(Path file, FileChannel channel, long size) {
        this.file = file;
        this.channel = channel;
        this.size = size;
    }

    /**
     * Reads every whole record of {@code file} into {@code replay}, cuts off a half-written last one, and
     * opens the file for appending.
     */
    static StoreJournal open(Path file, Consumer<Document> replay) {
        try {
            long good = 0;
            if (Files.exists(file)) {
                try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
                    good = read(in, replay);
                }
            }
            FileChannel out = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            out.truncate(good);
            out.position(good);
            return new StoreJournal(file, out, good);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the store's journal " + file, e);
        }
    }

    private static long read(FileChannel in, Consumer<Document> replay) throws IOException {
        ByteBuffer length = ByteBuffer.allocate(4);
        long good = 0;
        while (true) {
            length.clear();
            if (readFully(in, length) < 4) {
                return good;
            }
            int size = length.flip().getInt();
            if (size < 5 || size > in.size() - good - 4) {
                return good;
            }
            ByteBuffer body = ByteBuffer.allocate(size);
            if (readFully(in, body) < size) {
                return good;
            }
            Document record;
            try {
                record = BsonDecoder.decodeBson(Unpooled.wrappedBuffer(body.flip()));
            } catch (RuntimeException cutShort) {
                return good;
            }
            replay.accept(record);
            good += 4 + size;
        }
    }

    private static int readFully(FileChannel in, ByteBuffer into) throws IOException {
        while (into.hasRemaining()) {
            if (in.read(into) < 0) {
                break;
            }
        }
        return into.position();
    }

    static Document record(String database, String command, Document body) {
        Document record = new Document();
        record.put("db", database);
        record.put("command", command);
        record.put("body", body);
        return record;
    }

    /** Appends one record; the caller holds the store's write lock. */
    void append(Document record) {
        try {
            size += channel.write(encode(record));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the store's journal " + file, e);
        }
    }

    /**
     * Replaces the file by {@code records} (the store as it stands, written as commands): written beside it,
     * then moved over it in one step, so a crash leaves either the old file or the new one.
     */
    void rewrite(Iterable<Document> records) {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try (FileChannel out = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            for (Document record : records) {
                out.write(encode(record));
            }
            out.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the store's compacted journal " + next, e);
        }
        try {
            channel.close();
            Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            channel = FileChannel.open(file, StandardOpenOption.WRITE);
            size = channel.size();
            channel.position(size);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace the store's journal " + file, e);
        }
    }

    long size() {
        return size;
    }

    private static ByteBuffer encode(Document record) {
        ByteBuf bson = Unpooled.buffer();
        BsonEncoder.encodeDocument(record, bson);
        ByteBuffer bytes = ByteBuffer.allocate(4 + bson.readableBytes());
        bytes.putInt(bson.readableBytes());
        bson.readBytes(bytes);
        return bytes.flip();
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
