package dev.rantai.bench;

import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.rantai.chain.Block;
import dev.rantai.p2p.RawPeer;
import dev.rantai.p2p.wire.BlockAnnounce;
import dev.rantai.p2p.wire.Message;
import dev.rantai.p2p.wire.Pong;

/**
 * Connects P raw peers to one node over its P2P port and makes the first announce new valid
 * blocks on the node's tip at R blocks per second for S seconds, while every peer reads what the
 * node relays (and answers its pings). Prints, once the peers are connected, a line "connected",
 * then at the end the blocks sent and the block messages each peer received. The caller measures
 * the node's CPU in between. Arguments: HTTP base URL, P2P port, P, R, S.
 */
public final class RelayPeers {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        URI http = URI.create(args[0]);
        int port = Integer.parseInt(args[1]);
        int peers = Integer.parseInt(args[2]);
        int rate = Integer.parseInt(args[3]);
        int seconds = Integer.parseInt(args[4]);

        JsonNode chain = JSON.readTree(HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(http.resolve("/api/chain")).build(), HttpResponse.BodyHandlers.ofString()).body());
        String network = chain.get("network").asText();
        int difficulty = chain.get("difficulty").asInt();
        Block tip = block(JSON.readTree(HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(http.resolve("/api/blocks/" + chain.get("tip").asText())).build(),
                HttpResponse.BodyHandlers.ofString()).body()));

        List<Peer> all = new ArrayList<>();
        CountDownLatch handshaken = new CountDownLatch(peers);
        for (int i = 0; i < peers; i++) {
            Peer p = new Peer(port, network, tip, handshaken);
            all.add(p);
            p.start();
        }
        if (!handshaken.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException((peers - handshaken.getCount()) + " of " + peers + " peers were admitted");
        }
        System.out.println("connected");
        System.out.flush();

        Peer source = all.get(0);
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        long total = (long) rate * seconds;
        Block parent = tip;
        for (long n = 0; n < total; n++) {
            long due = start + n * intervalNanos;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            parent = Mining.mine(parent, "relay " + n, difficulty);
            source.send(new BlockAnnounce(parent));
        }
        long sent = total;
        // Let the last relays arrive before counting.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline && all.stream().skip(1).anyMatch(p -> p.blocks.get() < sent)) {
            TimeUnit.MILLISECONDS.sleep(20);
        }
        long min = all.stream().skip(1).mapToLong(p -> p.blocks.get()).min().orElse(0);
        long sum = all.stream().skip(1).mapToLong(p -> p.blocks.get()).sum();
        System.out.printf("sent %d blocks in %.1f s; each of the other %d peers received at least %d block messages"
                + " (%d in all)%n", sent, (System.nanoTime() - start) / 1e9, peers - 1, min, sum);
        all.forEach(Peer::close);
    }

    private static Block block(JsonNode b) {
        return new Block(b.get("index").asLong(), b.get("timestamp").asLong(), b.get("data").asText(),
                b.get("previousHash").asText(), b.get("difficulty").asInt(), b.get("nonce").asLong(),
                b.get("hash").asText());
    }

    /** One connection: completes the handshake, answers pings, counts the blocks the node relays to it. */
    private static final class Peer extends Thread {
        private final RawPeer peer;
        private final CountDownLatch handshaken;
        final AtomicLong blocks = new AtomicLong();

        Peer(int port, String network, Block tip, CountDownLatch handshaken) {
            super("relay-peer");
            setDaemon(true);
            this.handshaken = handshaken;
            peer = new RawPeer(port);
            peer.readTimeoutMillis(0);
            peer.handshake(peer.hello(network, tip.index(), tip.hash(), BigInteger.valueOf(tip.index() + 1)),
                    Optional.empty());
        }

        synchronized void send(Message message) {
            peer.send(message);
        }

        @Override
        public void run() {
            try {
                for (String line = peer.readLine(); line != null; line = peer.readLine()) {
                    JsonNode m = JSON.readTree(line);
                    switch (m.path("type").asText()) {
                        // sent once the node has admitted this peer
                        case "get_peers" -> handshaken.countDown();
                        case "ping" -> send(new Pong(m.get("nonce").asLong()));
                        case "block" -> blocks.incrementAndGet();
                        case "bye" -> System.err.println("node said bye: " + m.path("reason").asText());
                        default -> {
                        }
                    }
                }
            } catch (IOException e) {
                // closed at the end
            }
        }

        void close() {
            peer.close();
        }
    }
}
