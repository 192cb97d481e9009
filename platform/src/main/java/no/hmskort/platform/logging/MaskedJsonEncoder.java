package no.hmskort.platform.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * One JSON object per line, for a log collector: time, level, service, logger, thread, the trace and span ids
 * when there are some, the message and the stack trace — both with personal numbers masked, as in the text
 * format. Chosen with {@code hmskort.logging.format=json} (logback-spring.xml).
 */
public class MaskedJsonEncoder extends EncoderBase<ILoggingEvent> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final byte[] NEWLINE = "\n".getBytes(StandardCharsets.UTF_8);

    private String service = "hmskort";

    /** Set from the configuration: the service's name. */
    public void setService(String service) {
        this.service = service;
    }

    @Override
    public byte[] headerBytes() {
        return null;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("@timestamp", Instant.ofEpochMilli(event.getTimeStamp()).toString());
        line.put("level", event.getLevel().toString());
        line.put("service", service);
        line.put("logger", event.getLoggerName());
        line.put("thread", event.getThreadName());
        Map<String, String> mdc = event.getMDCPropertyMap();
        if (mdc.get("traceId") != null) {
            line.put("traceId", mdc.get("traceId"));
            line.put("spanId", mdc.get("spanId"));
        }
        line.put("message", PersonalData.mask(event.getFormattedMessage()));
        if (event.getThrowableProxy() != null) {
            line.put("error", PersonalData.mask(ThrowableProxyUtil.asString(event.getThrowableProxy())));
        }
        byte[] json = JSON.writeValueAsBytes(line);
        byte[] out = new byte[json.length + NEWLINE.length];
        System.arraycopy(json, 0, out, 0, json.length);
        System.arraycopy(NEWLINE, 0, out, json.length, NEWLINE.length);
        return out;
    }

    @Override
    public byte[] footerBytes() {
        return null;
    }
}
