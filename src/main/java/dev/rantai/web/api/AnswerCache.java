package dev.rantai.web.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Serialised answers that stay the same for a while (one per key and period, e.g. per length
 * asked and second), so that many readers of the same answer cost one serialisation. Holds the
 * answers of at most {@code size} keys, the most recently used.
 */
final class AnswerCache {
    private record Entry(Object source, long period, byte[] answer) {
    }

    private final Map<Integer, Entry> entries;

    AnswerCache(int size) {
        this.entries = new LinkedHashMap<>(size * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Entry> eldest) {
                return size() > size;
            }
        };
    }

    /**
     * The answer for {@code key} made in {@code period} from {@code source}, made now by
     * {@code make} if there is none. Readers of another key never wait for {@code make}.
     */
    byte[] get(int key, Object source, long period, Supplier<byte[]> make) {
        synchronized (entries) {
            Entry e = entries.get(key);
            if (e != null && e.source() == source && e.period() == period) {
                return e.answer();
            }
        }
        byte[] answer = make.get();
        synchronized (entries) {
            entries.put(key, new Entry(source, period, answer));
        }
        return answer;
    }
}
