package dev.rantai.bench;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Open dashboards, as the node sees them: K streams of {@code GET /api/events} to each node, one HTTP/1.1
 * connection each (as a browser's EventSource), each read as soon as bytes arrive, until the process is
 * stopped (SIGTERM). Counts the events by name.
 *
 * <p>
 * All streams are read by one thread on one selector, and a stream's bytes are only scanned for the
 * {@code event: <name>} lines: the readers should cost the machine as little as possible, since on one
 * machine they compete with the nodes they watch. Prints {@code connected N} once every stream has had
 * its {@code hello}, a line {@code progress <block events> <events> <bytes>} every second, and the totals
 * when stopped. Arguments: K, then the nodes' base URLs (http://host:port). Used by bench/dashboards.sh.
 */
public final class EventStreamClients {
    private static final byte[] EVENT = "event: ".getBytes(StandardCharsets.US_ASCII);
    /** The start of a line that is kept: long enough for {@code event: } and any event's name. */
    private static final int KEPT = 40;

    private final Map<String, LongAdder> events = new ConcurrentHashMap<>();
    private final LongAdder bytes = new LongAdder();
    private final AtomicLong ended = new AtomicLong();
    private final AtomicLong greeted = new AtomicLong();

    public static void main(String[] args) throws Exception {
        int perNode = Integer.parseInt(args[0]);
        List<URI> nodes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            nodes.add(URI.create(args[i]));
        }
        new EventStreamClients().run(perNode, nodes);
    }

    private void run(int perNode, List<URI> nodes) throws IOException {
        int streams = perNode * nodes.size();
        Selector selector = Selector.open();
        for (URI node : nodes) {
            byte[] request = ("GET /api/events HTTP/1.1\r\nHost: " + node.getHost() + ":" + node.getPort()
                    + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < perNode; i++) {
                SocketChannel channel = SocketChannel.open(new InetSocketAddress(node.getHost(), node.getPort()));
                channel.write(ByteBuffer.wrap(request));
                channel.configureBlocking(false);
                channel.register(selector, SelectionKey.OP_READ, new Stream());
            }
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("totals " + streams + " streams, "
                + ended.get() + " ended early; events " + counts() + "; " + bytes.sum() + " bytes")));
        ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
        long deadline = System.nanoTime() + 60_000_000_000L;
        boolean connected = false;
        long nextProgress = System.nanoTime() + 1_000_000_000L;
        while (true) {
            selector.select(200);
            for (SelectionKey key : selector.selectedKeys()) {
                SocketChannel channel = (SocketChannel) key.channel();
                Stream stream = (Stream) key.attachment();
                buffer.clear();
                int n;
                try {
                    n = channel.read(buffer);
                } catch (IOException e) {
                    n = -1;
                }
                if (n < 0) {
                    ended.incrementAndGet();
                    System.out.println("stream failed: the node closed it");
                    key.cancel();
                    channel.close();
                    continue;
                }
                bytes.add(n);
                buffer.flip();
                stream.scan(buffer);
            }
            selector.selectedKeys().clear();
            long now = System.nanoTime();
            if (!connected) {
                if (greeted.get() == streams) {
                    connected = true;
                    System.out.println("connected " + streams);
                } else if (now > deadline) {
                    System.out.println("only " + greeted.get() + " of " + streams + " streams connected");
                    System.exit(1);
                }
            }
            if (now >= nextProgress) {
                nextProgress = now + 1_000_000_000L;
                System.out.println("progress " + count("block") + " " + total() + " " + bytes.sum());
            }
        }
    }

    private long count(String name) {
        LongAdder n = events.get(name);
        return n == null ? 0 : n.sum();
    }

    private long total() {
        return events.values().stream().mapToLong(LongAdder::sum).sum();
    }

    private Map<String, Long> counts() {
        Map<String, Long> sorted = new TreeMap<>();
        events.forEach((name, n) -> sorted.put(name, n.sum()));
        return sorted;
    }

    /** One stream's position in its current line: only the line's first bytes are kept. */
    private final class Stream {
        private final byte[] line = new byte[KEPT];
        private int length;

        void scan(ByteBuffer in) {
            while (in.hasRemaining()) {
                byte b = in.get();
                if (b == '\n') {
                    endOfLine();
                    length = 0;
                } else if (length < KEPT) {
                    line[length++] = b;
                } else {
                    length = KEPT + 1; // too long for an event line: not one
                }
            }
        }

        private void endOfLine() {
            if (length <= EVENT.length || length > KEPT) {
                return;
            }
            for (int i = 0; i < EVENT.length; i++) {
                if (line[i] != EVENT[i]) {
                    return;
                }
            }
            int end = line[length - 1] == '\r' ? length - 1 : length;
            String name = new String(line, EVENT.length, end - EVENT.length, StandardCharsets.US_ASCII);
            events.computeIfAbsent(name, k -> new LongAdder()).increment();
            if (name.equals("hello")) {
                greeted.incrementAndGet();
            }
        }
    }
}
