package org.newsclaims.web;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A small HTTP/1.1 server for GET requests, one thread per open connection. It stands in for the JDK's
 * server, which answers a request it cannot parse (a {@code %ZZ} escape, raw UTF-8 in the URL) with an
 * HTML page of its own before any handler sees it: here such a request reaches the handler with its
 * {@link Exchange#problem()}, to be answered like any other error. Responses go out as soon as they are
 * written (TCP_NODELAY), so a kept-alive connection does not wait for the client's delayed ACK.
 */
final class HttpListener implements Closeable {

    /** Longest request line or header line, and most header lines, read before a request is refused. */
    private static final int MAX_LINE = 8192;
    private static final int MAX_HEADERS = 100;
    /** An idle kept-alive connection is closed after this long. */
    private static final int IDLE_MILLIS = 30_000;

    private final ServerSocket socket;
    private final ThreadPoolExecutor connections;
    private final Consumer<Exchange> handler;
    private final byte[] busy;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    /**
     * {@code handler} answers each request and closes its exchange, on the connection's thread or
     * another; a new connection when {@code maxConnections} are open already gets 503 with {@code busyJson}.
     */
    HttpListener(InetSocketAddress address, int maxConnections, Consumer<Exchange> handler, byte[] busyJson)
            throws IOException {
        this.socket = new ServerSocket();
        socket.bind(address, 50);
        this.connections = new ThreadPoolExecutor(0, maxConnections, 60, TimeUnit.SECONDS, new SynchronousQueue<>());
        this.handler = handler;
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        response.writeBytes(("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json; charset=utf-8\r\n"
                + "Content-Length: " + busyJson.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        response.writeBytes(busyJson);
        this.busy = response.toByteArray();
    }

    /** Starts taking connections. */
    void start() {
        new Thread(this::accept, "http-accept").start();
    }

    InetSocketAddress address() {
        return (InetSocketAddress) socket.getLocalSocketAddress();
    }

    private void accept() {
        while (!socket.isClosed()) {
            Socket s;
            try {
                s = socket.accept();
                s.setTcpNoDelay(true);
                s.setSoTimeout(IDLE_MILLIS);
            } catch (IOException e) {
                continue; // closed (the loop ends) or one failed connection
            }
            try {
                connections.execute(() -> serve(s));
            } catch (RejectedExecutionException full) {
                try (s) {
                    s.getOutputStream().write(busy);
                } catch (IOException gone) {
                    // nothing left to tell
                }
            }
        }
    }

    /** Requests on one connection, one after another, while both sides keep it open. */
    private void serve(Socket s) {
        open.add(s);
        try (s) {
            InputStream in = new BufferedInputStream(s.getInputStream());
            OutputStream out = new BufferedOutputStream(s.getOutputStream(), 1 << 16);
            while (true) {
                Exchange ex = read(in, out);
                if (ex == null) {
                    return;
                }
                handler.accept(ex);
                if (!ex.awaitClosed() || !ex.started() || !ex.keepAlive()) {
                    return;
                }
            }
        } catch (IOException idleOrGone) {
            // the connection ends
        } finally {
            open.remove(s);
        }
    }

    /** The next request, or null at the end of the connection. */
    private static Exchange read(InputStream in, OutputStream out) throws IOException {
        String requestLine = line(in);
        while (requestLine != null && requestLine.isEmpty()) {
            requestLine = line(in); // blank lines before a request are allowed
        }
        if (requestLine == null) {
            return null;
        }
        Map<String, String> headers = new HashMap<>();
        String problem = null;
        for (int n = 0; ; n++) {
            String header = line(in);
            if (header == null) {
                return null;
            }
            if (header.isEmpty()) {
                break;
            }
            int colon = header.indexOf(':');
            if (n >= MAX_HEADERS || header.equals(TOO_LONG) || colon <= 0) {
                problem = n >= MAX_HEADERS ? "more than " + MAX_HEADERS + " header lines"
                        : header.equals(TOO_LONG) ? "a header line is longer than " + MAX_LINE + " bytes" : "malformed header line";
                continue;
            }
            String name = header.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (headers.putIfAbsent(name, header.substring(colon + 1).strip()) != null && name.equals("host")) {
                problem = "two Host headers";
            }
        }
        String[] parts = requestLine.split(" ", -1);
        if (requestLine.equals(TOO_LONG)) {
            problem = "the request line is longer than " + MAX_LINE + " bytes";
        } else if (requestLine.equals(NOT_UTF8)) {
            problem = "the URL is not UTF-8: percent-encode it";
        } else if (parts.length != 3 || !parts[1].startsWith("/") || !parts[2].matches("HTTP/1\\.[01]")) {
            problem = "malformed request line";
        }
        boolean http11 = parts.length == 3 && parts[2].equals("HTTP/1.1");
        String connection = headers.getOrDefault("connection", "").toLowerCase(Locale.ROOT);
        boolean keepAlive = problem == null && (http11 ? !connection.contains("close") : connection.contains("keep-alive"))
                // a request body is never read: the connection could not find the next request after it
                && !headers.containsKey("transfer-encoding") && headers.getOrDefault("content-length", "0").equals("0");
        return new Exchange(parts[0], problem == null ? parts[1] : "/", headers, keepAlive, problem, out);
    }

    /** Marks a line that was not read in full or could not be decoded. */
    private static final String TOO_LONG = "\u0000too long";
    private static final String NOT_UTF8 = "\u0000not UTF-8";

    /** One line without its CR LF, decoded as strict UTF-8; null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        boolean tooLong = false;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                return null;
            }
            if (bytes.size() < MAX_LINE) {
                bytes.write(b);
            } else {
                tooLong = true;
            }
        }
        if (tooLong) {
            return TOO_LONG;
        }
        byte[] raw = bytes.toByteArray();
        int length = raw.length > 0 && raw[raw.length - 1] == '\r' ? raw.length - 1 : raw.length;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw, 0, length)).toString();
        } catch (CharacterCodingException e) {
            return NOT_UTF8;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        connections.shutdownNow();
        for (Socket s : open) {
            s.close(); // a thread blocked reading an idle connection ends now, not at the idle timeout
        }
    }
}
