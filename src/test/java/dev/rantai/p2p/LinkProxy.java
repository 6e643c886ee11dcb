package dev.rantai.p2p;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

import dev.rantai.p2p.peer.PeerAddress;

/**
 * One network link between two test nodes on loopback: a node dials the proxy, which forwards
 * to the other node. {@link #cut()} closes every connection through it and refuses new ones (a
 * partition); {@link #heal()} lets connections through again. Starts cut, with no target.
 */
final class LinkProxy implements AutoCloseable {
    private final ServerSocket server;
    private final List<Socket> open = new ArrayList<>();
    private volatile int targetPort = -1;
    private boolean cut = true;
    private volatile boolean closed;

    LinkProxy() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "link-proxy-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    PeerAddress address() {
        return new PeerAddress("127.0.0.1", server.getLocalPort());
    }

    void target(int port) {
        targetPort = port;
    }

    synchronized void cut() {
        cut = true;
        open.forEach(LinkProxy::closeQuietly);
        open.clear();
    }

    synchronized void heal() {
        cut = false;
    }

    private void acceptLoop() {
        while (!closed) {
            Socket in;
            try {
                in = server.accept();
            } catch (IOException e) {
                return;
            }
            Socket out = null;
            try {
                if (!isCut()) {
                    out = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                }
            } catch (IOException e) {
                out = null;
            }
            if (out == null || !register(in, out)) {
                closeQuietly(in);
                if (out != null) {
                    closeQuietly(out);
                }
                continue;
            }
            pump(in, out);
            pump(out, in);
        }
    }

    private synchronized boolean isCut() {
        return cut || targetPort < 0;
    }

    private synchronized boolean register(Socket in, Socket out) {
        if (cut) {
            return false;
        }
        open.add(in);
        open.add(out);
        return true;
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream is = from.getInputStream(); OutputStream os = to.getOutputStream()) {
                for (int n = is.read(buffer); n >= 0; n = is.read(buffer)) {
                    os.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // the other side or cut() closed the link
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                synchronized (this) {
                    open.remove(from);
                    open.remove(to);
                }
            }
        }, "link-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        closed = true;
        cut();
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }
}
