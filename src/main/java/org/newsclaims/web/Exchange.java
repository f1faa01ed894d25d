package org.newsclaims.web;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * One request and its answer. The answer is either whole ({@link #send}: with its length, so the
 * connection stays open for the next request) or streamed ({@link #stream}: the connection closes at
 * its end). {@link #close} finishes it, from whichever thread answered.
 */
final class Exchange implements Closeable {

    private final String method;
    private final String target;
    private final Map<String, String> requestHeaders;
    private final String problem;
    private final OutputStream out;
    private final Map<String, String> responseHeaders = new LinkedHashMap<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private boolean keepAlive;
    private boolean started;

    /** {@code problem}: why the request cannot be read (it is then answered 400), or null. */
    Exchange(String method, String target, Map<String, String> requestHeaders, boolean keepAlive, String problem,
             OutputStream out) {
        this.method = method;
        this.target = target;
        this.requestHeaders = requestHeaders;
        this.keepAlive = keepAlive;
        this.problem = problem;
        this.out = out;
    }

    String method() {
        return method;
    }

    String problem() {
        return problem;
    }

    String rawPath() {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    /** The query string as sent, or null. */
    String rawQuery() {
        int q = target.indexOf('?');
        return q < 0 ? null : target.substring(q + 1);
    }

    /** A request header by its name in any case, or null. */
    String header(String name) {
        return requestHeaders.get(name.toLowerCase(Locale.ROOT));
    }

    void setHeader(String name, String value) {
        responseHeaders.put(name, value);
    }

    /** Whether an answer has begun: after that a failure can only cut it short. */
    synchronized boolean started() {
        return started;
    }

    synchronized void send(int status, byte[] body) throws IOException {
        head(status, body.length);
        out.write(body);
    }

    /** The body of an answer of unknown length; the connection closes after it. */
    synchronized OutputStream stream(int status) throws IOException {
        keepAlive = false;
        head(status, -1);
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                out.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    private void head(int status, long length) throws IOException {
        if (started) {
            throw new IllegalStateException("answered twice");
        }
        started = true;
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status)).append("\r\n");
        responseHeaders.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        if (length >= 0) {
            head.append("Content-Length: ").append(length).append("\r\n");
        }
        head.append("Connection: ").append(keepAlive ? "keep-alive" : "close").append("\r\n\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    boolean keepAlive() {
        return keepAlive;
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException clientGone) {
            keepAlive = false;
        } finally {
            closed.countDown();
        }
    }

    /** Waits until the answer is finished; false when the wait was interrupted (the server is stopping). */
    boolean awaitClosed() {
        try {
            closed.await();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 400 -> "Bad Request";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 500 -> "Internal Server Error";
            case 503 -> "Service Unavailable";
            default -> "Status";
        };
    }
}
