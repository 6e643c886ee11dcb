package dev.rantai.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Submits exactly N blocks over HTTP/1.1 keep-alive with C concurrent clients, one connection
 * each, each waiting for its answer before its next request. Each request goes out in one write
 * (headers and body together), as wrk and curl send it. Prints how many were answered 201 and
 * the epoch millisecond of the first request, so the caller can time from there.
 * Arguments: base URL (http://host:port), N, C, and optionally a rate R in blocks per second for
 * all clients together: request i then goes out no earlier than i/R seconds after the first (a
 * request that is late goes out at once, and the ones after it keep their schedule).
 * Used by bench/dashboards.sh; its request and response code by the hostile benchmark.
 */
public final class SubmitClient {
    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        int total = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        double rate = args.length > 3 ? Double.parseDouble(args[3]) : 0;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        Thread[] threads = new Thread[clients];
        long started = System.currentTimeMillis();
        long startNanos = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            threads[c] = new Thread(() -> {
                try (Socket socket = new Socket(base.getHost(), base.getPort())) {
                    socket.setTcpNoDelay(true);
                    OutputStream out = socket.getOutputStream();
                    InputStream in = new BufferedInputStream(socket.getInputStream());
                    int i;
                    while ((i = next.getAndIncrement()) < total) {
                        if (rate > 0) {
                            // A schedule, not a condition: request i is due i/R seconds after the first.
                            long due = startNanos + (long) (i * 1e9 / rate);
                            long wait;
                            while ((wait = due - System.nanoTime()) > 0) {
                                LockSupport.parkNanos(wait);
                            }
                        }
                        out.write(submission(base.getHost(), "bench " + i + " " + System.nanoTime()));
                        out.flush();
                        if (readResponse(in) == 201) {
                            created.incrementAndGet();
                        }
                    }
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println(created.get() + " " + started);
    }

    /** {@code POST /api/blocks} of {@code data} as text, headers and body in one array (one write). */
    public static byte[] submission(String host, String data) throws IOException {
        byte[] body = data.getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/blocks HTTP/1.1\r\nHost: " + host + "\r\n"
                + "Content-Type: text/plain; charset=utf-8\r\nContent-Length: " + body.length + "\r\n\r\n";
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.write(head.getBytes(StandardCharsets.US_ASCII));
        request.write(body);
        return request.toByteArray();
    }

    /** Reads one response (status line, headers, Content-Length body) and returns its status. */
    public static int readResponse(InputStream in) throws IOException {
        String status = line(in);
        int contentLength = 0;
        String header;
        while (!(header = line(in)).isEmpty()) {
            int colon = header.indexOf(':');
            if (colon > 0 && header.substring(0, colon).trim().equalsIgnoreCase("content-length")) {
                contentLength = Integer.parseInt(header.substring(colon + 1).trim());
            }
        }
        in.readNBytes(contentLength);
        return Integer.parseInt(status.split(" ")[1]);
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        int b;
        while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
                sb.append((char) b);
            }
        }
        if (b == -1 && sb.length() == 0) {
            throw new IOException("connection closed by the node");
        }
        return sb.toString();
    }
}
