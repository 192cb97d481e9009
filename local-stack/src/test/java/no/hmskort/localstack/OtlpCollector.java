package no.hmskort.localstack;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.GZIPInputStream;

/**
 * A trace collector for a test: it takes what the services' OTLP exporters send to {@code /v1/traces}
 * (OTLP/HTTP, protobuf) and keeps each span's service, trace id and name. The few protobuf fields it needs are
 * read by hand from the OTLP trace schema (ExportTraceServiceRequest → ResourceSpans → resource attributes and
 * ScopeSpans → Span), so no generated classes are needed.
 */
final class OtlpCollector implements AutoCloseable {

    /** One span as received: the {@code service.name} of its resource, its trace id (hex) and its name. */
    record Span(String service, String traceId, String name) {
    }

    private final HttpServer server;
    private final List<Span> spans = new CopyOnWriteArrayList<>();

    private OtlpCollector(HttpServer server) {
        this.server = server;
    }

    static OtlpCollector start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        OtlpCollector collector = new OtlpCollector(server);
        server.createContext("/v1/traces", exchange -> {
            try (InputStream body = "gzip".equalsIgnoreCase(exchange.getRequestHeaders().getFirst("Content-Encoding"))
                    ? new GZIPInputStream(exchange.getRequestBody()) : exchange.getRequestBody()) {
                collector.spans.addAll(request(ByteBuffer.wrap(body.readAllBytes())));
                exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
                exchange.sendResponseHeaders(200, 0); // an empty ExportTraceServiceResponse: all accepted
            } finally {
                exchange.close();
            }
        });
        server.start();
        return collector;
    }

    String endpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1/traces";
    }

    List<Span> spans() {
        return List.copyOf(spans);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static List<Span> request(ByteBuffer request) {
        List<Span> found = new ArrayList<>();
        for (Field resourceSpans : fields(request)) {
            if (resourceSpans.number() == 1) {
                String service = "";
                List<ByteBuffer> scopes = new ArrayList<>();
                for (Field field : fields(resourceSpans.bytes())) {
                    if (field.number() == 1) {
                        service = serviceName(field.bytes(), service);
                    } else if (field.number() == 2) {
                        scopes.add(field.bytes());
                    }
                }
                for (ByteBuffer scope : scopes) {
                    for (Field span : fields(scope)) {
                        if (span.number() == 2) {
                            found.add(span(service, span.bytes()));
                        }
                    }
                }
            }
        }
        return found;
    }

    /** Resource.attributes (1) are KeyValue{key (1), value (2): AnyValue{string_value (1)}}. */
    private static String serviceName(ByteBuffer resource, String otherwise) {
        for (Field attribute : fields(resource)) {
            if (attribute.number() != 1) {
                continue;
            }
            String key = null;
            String value = null;
            for (Field part : fields(attribute.bytes())) {
                if (part.number() == 1) {
                    key = text(part.bytes());
                } else if (part.number() == 2) {
                    for (Field any : fields(part.bytes())) {
                        if (any.number() == 1) {
                            value = text(any.bytes());
                        }
                    }
                }
            }
            if ("service.name".equals(key) && value != null) {
                return value;
            }
        }
        return otherwise;
    }

    /** Span: trace_id (1), name (5). */
    private static Span span(String service, ByteBuffer span) {
        String traceId = null;
        String name = null;
        for (Field field : fields(span)) {
            if (field.number() == 1) {
                byte[] id = new byte[field.bytes().remaining()];
                field.bytes().get(id);
                traceId = HexFormat.of().formatHex(id);
            } else if (field.number() == 5) {
                name = text(field.bytes());
            }
        }
        return new Span(service, traceId, name);
    }

    /** A protobuf field: its number and, for a length-delimited one, its bytes (null for the other wire types). */
    private record Field(int number, ByteBuffer bytes) {
    }

    private static List<Field> fields(ByteBuffer message) {
        ByteBuffer in = message.duplicate();
        List<Field> fields = new ArrayList<>();
        while (in.hasRemaining()) {
            long key = varint(in);
            int number = (int) (key >>> 3);
            switch ((int) (key & 7)) {
                case 0 -> varint(in);
                case 1 -> in.position(in.position() + 8);
                case 5 -> in.position(in.position() + 4);
                case 2 -> {
                    int length = (int) varint(in);
                    ByteBuffer bytes = in.slice(in.position(), length);
                    in.position(in.position() + length);
                    fields.add(new Field(number, bytes));
                }
                default -> throw new IllegalArgumentException("unsupported protobuf wire type in field " + number);
            }
        }
        return fields;
    }

    private static long varint(ByteBuffer in) {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = in.get();
            value |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
        }
    }

    private static String text(ByteBuffer bytes) {
        return StandardCharsets.UTF_8.decode(bytes.duplicate()).toString();
    }
}
