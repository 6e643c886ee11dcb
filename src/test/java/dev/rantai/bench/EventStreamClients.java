package dev.rantai.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Open dashboards, as the node sees them: K streams of {@code GET /api/events} to each node, each read as
 * fast as it arrives (as a browser's EventSource does), until the process is stopped (SIGTERM). Counts the
 * events by name. Prints {@code connected N} once every stream has had its {@code hello}, a line
 * {@code progress <block events> <events> <characters>} every second, and the totals when stopped.
 * Arguments: K, then the nodes' base URLs (http://host:port). Used by bench/dashboards.sh.
 */
public final class EventStreamClients {
    private static final String EVENT = "event: ";

    private final Map<String, LongAdder> events = new ConcurrentHashMap<>();
    private final LongAdder chars = new LongAdder();
    private final AtomicLong ended = new AtomicLong();

    public static void main(String[] args) throws Exception {
        int perNode = Integer.parseInt(args[0]);
        List<URI> nodes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            nodes.add(URI.create(args[i] + "/api/events"));
        }
        new EventStreamClients().run(perNode, nodes);
    }

    private void run(int perNode, List<URI> nodes) throws InterruptedException {
        int streams = perNode * nodes.size();
        CountDownLatch greeted = new CountDownLatch(streams);
        // HTTP/1.1, one connection per stream, like a browser's EventSource; the client's pool has no per-host limit.
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (URI node : nodes) {
            HttpRequest request = HttpRequest.newBuilder(node).header("Accept", "text/event-stream").GET().build();
            for (int i = 0; i < perNode; i++) {
                http.sendAsync(request, HttpResponse.BodyHandlers.fromLineSubscriber(new Reader(greeted)))
                        .whenComplete((response, error) -> {
                            ended.incrementAndGet();
                            if (error != null) {
                                System.out.println("stream failed: " + error);
                            }
                        });
            }
        }
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "progress");
            t.setDaemon(true);
            return t;
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("totals " + streams + " streams, "
                + ended.get() + " ended early; events " + counts() + "; " + chars.sum() + " characters")));
        if (!greeted.await(60, TimeUnit.SECONDS)) {
            System.out.println("only " + (streams - greeted.getCount()) + " of " + streams + " streams connected");
            System.exit(1);
        }
        System.out.println("connected " + streams);
        progress.scheduleAtFixedRate(() -> System.out.println("progress " + count("block") + " " + total() + " "
                + chars.sum()), 1, 1, TimeUnit.SECONDS);
        new CountDownLatch(1).await(); // until SIGTERM
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

    /** Reads one stream line by line and counts its events ({@code event: <name>} lines). */
    private final class Reader implements Flow.Subscriber<String> {
        private final CountDownLatch greeted;

        Reader(CountDownLatch greeted) {
            this.greeted = greeted;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            chars.add(line.length() + 1);
            if (line.startsWith(EVENT)) {
                String name = line.substring(EVENT.length());
                events.computeIfAbsent(name, n -> new LongAdder()).increment();
                if (name.equals("hello")) {
                    greeted.countDown();
                }
            }
        }

        @Override
        public void onError(Throwable error) {
            // Reported by the request's future.
        }

        @Override
        public void onComplete() {
            // A stream the node closed: counted as ended by the request's future.
        }
    }
}
