package org.hedgerow.live;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompEncoder;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.NativeMessageHeaderAccessor;

/**
 * Encodes a broker message's STOMP frame once, not once per subscriber. The in-memory broker hands every
 * subscriber of a topic the same payload array with the same headers (one message id, see {@link OneIdPerMessage};
 * the subscription id the client chose, which is usually the same for every copy of one page), so their frames are
 * the same bytes: the first subscriber's frame is kept and the rest get that array.
 * <p>
 * A frame is looked up by its payload array (the same array, not equal contents: a payload is never changed once
 * sent) and all its STOMP headers, destination included, so a frame is only ever reused for the same message to
 * the same destination with the same subscription id; anything else (another topic, a person's own queue, a
 * RECEIPT, an ERROR) is encoded afresh. Only MESSAGE frames are kept, the last {@value #KEPT} distinct ones.
 */
final class SharedFrames extends StompEncoder {

    static final int KEPT = 256;
    private static final int LARGEST = 64 * 1024;

    private final Map<Frame, byte[]> encoded = new ConcurrentHashMap<>();

    /** The payload by identity (a record compares arrays with ==), the headers by value. */
    private record Frame(byte[] payload, Map<String, List<String>> headers) {
    }

    @Override
    @SuppressWarnings("unchecked")
    public byte[] encode(Map<String, Object> headers, byte[] payload) {
        if (StompHeaderAccessor.getCommand(headers) != StompCommand.MESSAGE || payload.length > LARGEST
                || !(headers.get(NativeMessageHeaderAccessor.NATIVE_HEADERS) instanceof Map<?, ?> stomp)) {
            return super.encode(headers, payload);
        }
        var frame = new Frame(payload, (Map<String, List<String>>) stomp);
        var bytes = encoded.get(frame);
        if (bytes == null) {
            bytes = super.encode(headers, payload);
            if (encoded.size() >= KEPT) {
                encoded.clear();
            }
            encoded.put(new Frame(payload, frozen(frame.headers())), bytes);
        }
        return bytes;
    }

    /** A copy the sender cannot change under the key (the accessor's own map stays mutable). */
    private static Map<String, List<String>> frozen(Map<String, List<String>> headers) {
        var copy = new HashMap<String, List<String>>();
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return Map.copyOf(copy);
    }
}
