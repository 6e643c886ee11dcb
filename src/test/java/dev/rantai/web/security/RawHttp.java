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

    /** Sends the request head (lines without their CRLF) and body on a new connection; returns the whole answer. */
    static String exchange(URL root, String body, String... head) {
        StringBuilder request = new StringBuilder();
        for (String line : head) {
            request.append(line).append("\r\n");
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0) {
            request.append("Content-Length: ").append(bytes.length).append("\r\n");
        }
        request.append("Connection: close\r\n\r\n").append(body);
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int status(String answer) {
        int space = answer.indexOf(' ');
        return Integer.parseInt(answer.substring(space + 1, space + 4));
    }
}
