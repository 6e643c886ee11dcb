package dev.rantai.bench.hostile;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.locks.LockSupport;

import dev.rantai.bench.SubmitClient;

/**
 * The honest load: blocks submitted over HTTP keep-alive to the source node at a steady rate, one
 * connection, each request due {@code i / rate} seconds after the first (a late one goes at once). The data
 * of block i of a phase is {@code "<label> i"}, so the sink's store tells each phase's blocks apart whatever
 * else the chain holds. A request unanswered for 10 s, or a lost connection, is counted and the connection
 * opened again. The phase ends on time: requests still due when it ends are not sent but counted.
 */
final class HonestTraffic {
    /**
     * Blocks answered 201, requests that failed, requests never sent (the phase ended while earlier ones were
     * still waiting for their answers), and the latest a request went out (ms).
     */
    record Result(int submitted, int failed, int notSent, long maxLateMillis) {
    }

    private final int port;
    private final double rate;

    HonestTraffic(int port, double rate) {
        this.port = port;
        this.rate = rate;
    }

    Result run(String label, long seconds) {
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        int submitted = 0;
        int failed = 0;
        long maxLate = 0;
        Socket socket = null;
        InputStream in = null;
        int notSent = 0;
        for (long i = 0;; i++) {
            long due = start + (long) (i * 1e9 / rate);
            if (due - end >= 0) {
                break;
            }
            if (System.nanoTime() - end >= 0) {
                // The phase is over: the source answered too slowly for the rest to go out in it.
                notSent++;
                continue;
            }
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            maxLate = Math.max(maxLate, (System.nanoTime() - due) / 1_000_000);
            try {
                if (socket == null) {
                    socket = new Socket();
                    socket.connect(new InetSocketAddress("127.0.0.1", port), 3_000);
                    socket.setTcpNoDelay(true);
                    socket.setSoTimeout(10_000);
                    in = new BufferedInputStream(socket.getInputStream());
                }
                OutputStream out = socket.getOutputStream();
                out.write(SubmitClient.submission("127.0.0.1", label + " " + i));
                out.flush();
                if (SubmitClient.readResponse(in) == 201) {
                    submitted++;
                } else {
                    failed++;
                }
            } catch (IOException | RuntimeException e) {
                failed++;
                close(socket);
                socket = null;
            }
        }
        close(socket);
        return new Result(submitted, failed, notSent, maxLate);
    }

    private static void close(Socket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // a new one is opened
            }
        }
    }
}
