package dev.rantai.web.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/** One HTTP/1.1 exchange written byte for byte, for headers a client library will not send as given (Host). */
final class RawHttp {
    private RawHttp() {
    }

    /**
     * Sends the request head (lines without their CRLF) and body on a new connection; returns the whole answer,
     * or what came before the node dropped the connection (nothing, if it answered nothing).
     */
    static String exchange(URL root, String body, String... head) {
        StringBuilder request = new StringBuilder();
        for (String line : head) {
            request.append(line).append("\r\n");
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        boolean chunked = java.util.Arrays.stream(head).anyMatch(h -> h.startsWith("Transfer-Encoding:"));
        if (bytes.length > 0 && !chunked) {
            request.append("Content-Length: ").append(bytes.length).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n").append(body);
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(answer);
            } catch (java.net.SocketException reset) {
                // a connection the node dropped: what arrived before is the answer
            }
            return answer.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int status(String answer) {
        int space = answer.indexOf(' ');
        return Integer.parseInt(answer.substring(space + 1, space + 4));
    }
}
