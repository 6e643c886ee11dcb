package dev.rantai.bench;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The client of bench/compare.sh: submits N blocks to node A over HTTP/1.1 keep-alive (one
 * request per block, each answered before the connection sends the next) on C connections, and
 * learns when each block reached nodes B and C. Rantai: from B's and C's stores afterwards (the
 * time each stored it, {@code received_at}). naivechain: from B's and C's output, which the script
 * timestamps line by line as it is written ({@code <epoch seconds.millis> Received message...}, the
 * line naivechain prints as it takes a peer's block). Same machine, same wall clock for all. (A
 * WebSocket peer of B's own saw blocks 100 ms and more late: naivechain's sockets wait for
 * acknowledgements before small writes, and that extra connection measured itself.)
 *
 * <p>
 * Arguments: {@code rantai|naivechain label n connections portA (rantai: dataDirB dataDirC |
 * naivechain: logB logC)}. Prints one line: {@code blocks/s submit-p50 submit-p99
 * propagation-p50 propagation-p99} (ms), where blocks/s runs from the first request to the last
 * block on the last of B and C, and propagation is a block's arrival on B or C minus the moment its
 * request was sent. With no observers ({@code -}), only submits (a warm-up).
 */
public final class CompareClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        boolean rantai = args[0].equals("rantai");
        String label = args[1];
        int n = Integer.parseInt(args[2]);
        int connections = Integer.parseInt(args[3]);
        int portA = Integer.parseInt(args[4]);
        List<String> observed = Arrays.asList(args).subList(5, args.length);
        boolean observe = !observed.isEmpty() && !observed.get(0).equals("-");

        List<Map<String, Long>> arrivals = new ArrayList<>();
        long[] sent = new long[n];
        long[] answered = new long[n];
        AtomicInteger next = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < connections; c++) {
            Thread t = new Thread(() -> submit(rantai, portA, label, n, next, sent, answered));
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!observe) {
            System.out.printf("submitted %d%n", n);
            return;
        }
        long deadline = System.currentTimeMillis() + 120_000;
        for (String where : observed) {
            arrivals.add(rantai ? storedAt(where, label, n, deadline) : loggedAt(Path.of(where), label, n, deadline));
        }
        long first = Arrays.stream(sent).min().orElseThrow();
        long last = 0;
        List<Long> propagation = new ArrayList<>();
        int missing = 0;
        for (Map<String, Long> seen : arrivals) {
            for (int i = 0; i < n; i++) {
                Long at = seen.get(label + " " + i);
                if (at == null) {
                    missing++;
                    continue;
                }
                last = Math.max(last, at);
                propagation.add(at - sent[i]);
            }
        }
        List<Long> latency = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            latency.add(answered[i] - sent[i]);
        }
        System.out.printf("%d %s %s %s %s%s%n", n * 1000L / Math.max(1, last - first), percentile(latency, 50),
                percentile(latency, 99), percentile(propagation, 50), percentile(propagation, 99),
                missing > 0 ? " MISSING " + missing : "");
    }

    private static void submit(boolean rantai, int port, String label, int n, AtomicInteger next, long[] sent,
            long[] answered) {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setTcpNoDelay(true);
            OutputStream out = s.getOutputStream();
            InputStream in = new BufferedInputStream(s.getInputStream());
            for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                String data = label + " " + i;
                byte[] body = (rantai ? data : "{\"data\":\"" + data + "\"}").getBytes(StandardCharsets.UTF_8);
                String head = "POST " + (rantai ? "/api/blocks" : "/mineBlock") + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                        + "Content-Type: " + (rantai ? "text/plain" : "application/json") + "\r\nContent-Length: "
                        + body.length + "\r\n\r\n";
                sent[i] = System.currentTimeMillis();
                out.write(head.getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.flush();
                int status = readResponse(in);
                answered[i] = System.currentTimeMillis();
                if (status / 100 != 2) {
                    throw new IllegalStateException("block " + i + " answered " + status);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads one response (Content-Length or chunked body); returns its status. */
    private static int readResponse(InputStream in) throws IOException {
        String status = line(in);
        int length = 0;
        boolean chunked = false;
        for (String h = line(in); !h.isEmpty(); h = line(in)) {
            String lower = h.toLowerCase();
            if (lower.startsWith("content-length:")) {
                length = Integer.parseInt(h.substring(15).trim());
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        if (chunked) {
            for (int size = Integer.parseInt(line(in).trim(), 16); size > 0; size = Integer.parseInt(line(in).trim(),
                    16)) {
                in.readNBytes(size + 2);
            }
            line(in);
        } else {
            in.readNBytes(length);
        }
        return Integer.parseInt(status.split(" ")[1]);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("connection closed");
            }
            if (c != '\r') {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    /** When a naivechain node took each labelled block: the timestamp of the line it printed for it. */
    private static Map<String, Long> loggedAt(Path log, String label, int n, long deadline)
            throws IOException, InterruptedException {
        Map<String, Long> at = new HashMap<>();
        while (true) {
            at.clear();
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                int space = line.indexOf(' ');
                int json = line.indexOf("Received message{");
                if (space < 0 || json < 0) {
                    continue;
                }
                long millis = Math.round(Double.parseDouble(line.substring(0, space)) * 1000);
                JsonNode message = JSON.readTree(line.substring(json + "Received message".length()));
                if (message.path("type").asInt() == 2) {
                    for (JsonNode block : JSON.readTree(message.path("data").asText())) {
                        String data = block.path("data").asText();
                        if (data.startsWith(label + " ")) {
                            at.putIfAbsent(data, millis);
                        }
                    }
                }
            }
            if (at.size() >= n || System.currentTimeMillis() > deadline) {
                return at;
            }
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }

    /** When a Rantai node stored each labelled block, read from its store once it holds all of them. */
    private static Map<String, Long> storedAt(String dir, String label, int n, long deadline)
            throws SQLException, InterruptedException {
        Map<String, Long> at = new ConcurrentHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + dir + "/chain.db?mode=ro")) {
            while (true) {
                at.clear();
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT data, received_at FROM block WHERE data >= ? AND data < ?")) {
                    s.setString(1, label + " ");
                    s.setString(2, label + "!");
                    try (ResultSet rs = s.executeQuery()) {
                        while (rs.next()) {
                            at.put(rs.getString(1), rs.getLong(2));
                        }
                    }
                }
                if (at.size() >= n || System.currentTimeMillis() > deadline) {
                    return at;
                }
                TimeUnit.MILLISECONDS.sleep(100);
            }
        }
    }

    private static String percentile(List<Long> values, int p) {
        if (values.isEmpty()) {
            return "-";
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return Long.toString(sorted.get(Math.max(0, rank - 1)));
    }
}
