package dev.rantai.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Submits exactly N blocks over HTTP/1.1 keep-alive with C concurrent clients (one connection
 * each), each waiting for its answer before the next request. Prints how many were answered 201.
 * Arguments: base URL, N, C. Used by bench/network.sh.
 */
public final class SubmitClient {
    public static void main(String[] args) throws Exception {
        URI uri = URI.create(args[0] + "/api/blocks");
        int total = Integer.parseInt(args[1]);
        int clients = Integer.parseInt(args[2]);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger created = new AtomicInteger();
        Thread[] threads = new Thread[clients];
        for (int c = 0; c < clients; c++) {
            // One client per thread: HTTP/1.1 keeps its one connection open between requests.
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            threads[c] = new Thread(() -> {
                int i;
                while ((i = next.getAndIncrement()) < total) {
                    HttpRequest request = HttpRequest.newBuilder(uri)
                            .header("Content-Type", "text/plain; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofString("bench " + i + " " + System.nanoTime()))
                            .build();
                    try {
                        if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 201) {
                            created.incrementAndGet();
                        }
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            threads[c].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println(created.get());
    }
}
