package org.newsclaims.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Headless Chromium driven over the DevTools protocol with the JDK's own WebSocket client: one
 * page, keys pressed as a keyboard presses them, and script evaluated to read what the page shows.
 */
final class Browser implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<JsonNode>> pending;
    private final AtomicInteger ids = new AtomicInteger();

    private Browser(Process process, Path profile, WebSocket socket, Map<Integer, CompletableFuture<JsonNode>> pending) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
        this.pending = pending;
    }

    /** Starts Chromium in a fresh profile under {@code workDir}, with nothing on the network but what the test loads. */
    static Browser start(Path chromium, Path workDir, int width, int height) throws Exception {
        Path profile = Files.createTempDirectory(workDir, "profile");
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--remote-debugging-port=0",
                "--window-size=" + width + "," + height, "about:blank")
                .redirectErrorStream(true).redirectOutput(workDir.resolve("chromium.log").toFile()).start();
        try {
            Path activePort = profile.resolve("DevToolsActivePort");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.exists(activePort) || Files.readAllLines(activePort).size() < 2) {
                if (System.nanoTime() > deadline || !p.isAlive()) {
                    throw new IllegalStateException("chromium did not open its DevTools port; see " + workDir.resolve("chromium.log"));
                }
                Thread.sleep(100);
            }
            int port = Integer.parseInt(Files.readAllLines(activePort).get(0).strip());
            JsonNode targets = JSON.readTree(HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
            String pageSocket = null;
            for (JsonNode t : targets) {
                if (t.get("type").asText().equals("page")) {
                    pageSocket = t.get("webSocketDebuggerUrl").asText();
                }
            }
            if (pageSocket == null) {
                throw new IllegalStateException("chromium shows no page: " + targets);
            }
            Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
            WebSocket ws = HTTP.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
                private final StringBuilder message = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                    message.append(data);
                    if (last) {
                        receive(pending, message.toString());
                        message.setLength(0);
                    }
                    w.request(1);
                    return null;
                }
            }).get(30, TimeUnit.SECONDS);
            return new Browser(p, profile, ws, pending);
        } catch (Exception e) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw e;
        }
    }

    /** Completes the call a reply answers; events, which have no id, are not needed here. */
    private static void receive(Map<Integer, CompletableFuture<JsonNode>> pending, String text) {
        try {
            JsonNode m = JSON.readTree(text);
            CompletableFuture<JsonNode> f = m.has("id") ? pending.remove(m.get("id").asInt()) : null;
            if (f != null) {
                f.complete(m);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sends one DevTools command and returns its result; a protocol error fails. */
    JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
        msg.set("params", JSON.valueToTree(params));
        socket.sendText(JSON.writeValueAsString(msg), true).get(10, TimeUnit.SECONDS);
        JsonNode m = reply.get(30, TimeUnit.SECONDS);
        if (m.has("error")) {
            throw new IllegalStateException(method + ": " + m.get("error"));
        }
        return m.get("result");
    }

    void navigate(String url) throws Exception {
        call("Page.navigate", Map.of("url", url));
    }

    /** The value of a JavaScript expression in the page (awaited if it is a promise). */
    JsonNode eval(String expression) throws Exception {
        JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException(expression + ": " + r.get("exceptionDetails"));
        }
        return r.get("result").get("value");
    }

    /** Waits until a JavaScript condition holds in the page (across navigations), at most 15 s. */
    void waitFor(String condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (true) {
            try {
                JsonNode v = eval("!!(" + condition + ")");
                if (v != null && v.asBoolean()) {
                    return;
                }
            } catch (IllegalStateException navigating) {
                // the page is being replaced; ask again
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + condition + " at " + eval("location.href"));
            }
            Thread.sleep(100);
        }
    }

    /** Presses and releases a key: "Tab", "Enter", ... */
    void press(String key) throws Exception {
        int code = switch (key) {
            case "Tab" -> 9;
            case "Enter" -> 13;
            default -> throw new IllegalArgumentException(key);
        };
        String text = key.equals("Enter") ? "\r" : "";
        call("Input.dispatchKeyEvent", Map.of("type", "keyDown", "key", key, "code", key, "windowsVirtualKeyCode", code, "text", text));
        call("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", key, "code", key, "windowsVirtualKeyCode", code));
    }

    /** Types text into whatever has the focus, as an input method would. */
    void type(String text) throws Exception {
        call("Input.insertText", Map.of("text", text));
    }

    /** Presses Tab until the focused element satisfies a JavaScript predicate on {@code e}; fails after 60 presses. */
    void tabTo(String predicate) throws Exception {
        for (int i = 0; i < 60; i++) {
            press("Tab");
            if (eval("(e => !!(" + predicate + "))(document.activeElement)").asBoolean()) {
                return;
            }
        }
        throw new AssertionError("Tab never reached an element where " + predicate);
    }

    void screenshot(Path png) throws Exception {
        byte[] bytes = java.util.Base64.getDecoder().decode(
                call("Page.captureScreenshot", Map.of("format", "png")).get("data").asText());
        Files.write(png, bytes);
    }

    @Override
    public void close() throws Exception {
        socket.abort();
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        TestStore.deleteRecursively(profile);
    }
}
