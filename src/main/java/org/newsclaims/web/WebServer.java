package org.newsclaims.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.ExitableDirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.newsclaims.Models;
import org.newsclaims.claims.SpinSwaps;
import org.newsclaims.dedup.Cluster;
import org.newsclaims.dedup.Clusters;
import org.newsclaims.export.ClaimStream;
import org.newsclaims.export.ExportFormat;
import org.newsclaims.money.CurrencyLocale;
import org.newsclaims.query.ArticleDocument;
import org.newsclaims.query.ArticleHit;
import org.newsclaims.query.ArticleSearch;
import org.newsclaims.query.ClaimFilter;
import org.newsclaims.query.ClaimHit;
import org.newsclaims.query.ClaimResults;
import org.newsclaims.query.ClaimSearch;
import org.newsclaims.query.ClusterDetail;
import org.newsclaims.query.QueryException;

/**
 * The JSON API and the search page over one data directory, on a small HTTP server of its own
 * ({@link HttpListener}) that answers every error, malformed requests included, as JSON. Each request
 * reads the store as last committed, so an ingest shows up without a restart. It serves only the API
 * and the few page files under {@code web/} on the class path (never a file named by a request), and
 * only to requests that call it by its own name (see {@link AllowedHosts}).
 *
 * <p>Queries run on a few workers, each within a time budget; when all are busy and the queue is full
 * a request is answered 503 at once rather than left waiting. Exports stream on workers of their own,
 * so a long export never holds up a query.
 */
public final class WebServer implements AutoCloseable {

    /**
     * How much work the server takes on: queries running at once, queries waiting for a worker, exports
     * streaming at once, and how long one query may run.
     */
    record Limits(int queryWorkers, int queuedQueries, int exportWorkers, Duration queryBudget) {
        static final Limits DEFAULT = new Limits(4, 4, 2, Duration.ofSeconds(2));
    }

    private static final Set<String> FILTERS = Set.of("q", "subject", "metric", "source", "currency", "min", "max",
            "usd", "lang", "year", "hedged", "collapse");
    private static final Set<String> CLAIM_PARAMS = union(FILTERS, Set.of("facets", "offset", "limit"));
    private static final Set<String> EXPORT_PARAMS = union(FILTERS, Set.of("format"));
    private static final Set<String> SEARCH_PARAMS = Set.of("q", "lang", "limit", "collapse");
    private static final Pattern ARTICLE = Pattern.compile("/api/articles/([0-9a-f]{1,64})");
    private static final Pattern CLUSTER = Pattern.compile("/api/clusters/([0-9a-f]{1,64})");
    private static final Map<String, String> PAGE_FILES = Map.of(
            "/", "index.html", "/app.js", "app.js", "/style.css", "style.css");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8");

    /** An export reads the selection in pages of this many claims. */
    private static final int EXPORT_PAGE = ArticleSearch.MAX_LIMIT;

    /**
     * Open connections, each with a thread that reads its requests, answers the page, refusals and
     * errors, and hands queries and exports on. A browser opens about six.
     */
    private static final int MAX_CONNECTIONS = 64;

    record ClaimPage(long total, int offset, int limit, List<ClaimHit> hits, Map<String, Map<String, Integer>> facets) {
    }

    record SearchResults(List<ArticleHit> hits) {
    }

    record Error(String error) {
    }

    /** Answers a request that the store is needed for. */
    @FunctionalInterface
    private interface Answer {
        void send(Exchange ex, ServedStore.View view) throws HttpError, QueryException, IOException;
    }

    private final ServedStore store;
    private final AllowedHosts hosts;
    private final Limits limits;
    private final ThreadPoolExecutor queries;
    private final ThreadPoolExecutor exports;
    private final ObjectMapper json = new ObjectMapper();
    private final SpinSwaps swaps;
    private final Map<String, byte[]> pageFiles;
    private final HttpListener server;

    private WebServer(ServedStore store, SpinSwaps swaps, InetSocketAddress address, Limits limits) throws IOException {
        this.store = store;
        this.swaps = swaps;
        this.limits = limits;
        this.queries = new ThreadPoolExecutor(limits.queryWorkers(), limits.queryWorkers(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(limits.queuedQueries()));
        this.exports = new ThreadPoolExecutor(limits.exportWorkers(), limits.exportWorkers(), 0, TimeUnit.SECONDS,
                new SynchronousQueue<>());
        this.pageFiles = loadPageFiles();
        this.server = new HttpListener(address, MAX_CONNECTIONS, this::handle,
                json.writeValueAsBytes(new Error("busy: " + MAX_CONNECTIONS + " connections open; try again shortly")));
        this.hosts = AllowedHosts.of(server.address());
        server.start();
    }

    /**
     * Opens the store under {@code dataDir} and serves it at {@code address} (port 0: any free port), reading
     * from {@code models} how to tell reprint clusters apart, the currency of a bare 元 and a spinner's swaps.
     */
    public static WebServer start(Path dataDir, Models models, InetSocketAddress address) throws QueryException, IOException {
        return start(dataDir, models, address, Limits.DEFAULT);
    }

    static WebServer start(Path dataDir, Models models, InetSocketAddress address, Limits limits) throws QueryException, IOException {
        ServedStore store = ServedStore.open(dataDir, Clusters.Markers.load(models), CurrencyLocale.load(models));
        try {
            return new WebServer(store, SpinSwaps.load(models), address, limits);
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public InetSocketAddress address() {
        return server.address();
    }

    @Override
    public void close() throws IOException {
        server.close();
        queries.shutdownNow();
        exports.shutdownNow();
        store.close();
    }

    private void handle(Exchange ex) {
        ex.setHeader("X-Content-Type-Options", "nosniff");
        try {
            if (ex.problem() != null) {
                throw HttpError.badRequest(ex.problem());
            }
            if (!ex.method().equals("GET")) {
                ex.setHeader("Allow", "GET");
                throw new HttpError(405, "only GET is supported");
            }
            String host = ex.header("Host");
            if (!hosts.allowsHost(host)) {
                throw new HttpError(403, "refused: this server is not called '" + host + "' (use http://localhost:"
                        + address().getPort() + "/)");
            }
            String origin = ex.header("Origin");
            if (origin != null && !hosts.allowsOrigin(origin)) {
                throw new HttpError(403, "refused: a request from a page of " + origin + ", not of this server");
            }
            String path = ex.rawPath();
            String query = ex.rawQuery();
            if (PAGE_FILES.containsKey(path)) {
                sendPage(ex, path);
            } else if (path.equals("/api/export")) {
                Params p = Params.parse(query, EXPORT_PARAMS);
                submit(exports, ex, (e, view) -> export(e, p, view), "exports");
            } else {
                submit(queries, ex, (e, view) -> answerQuery(e, path, query, view), "queries");
            }
        } catch (HttpError e) {
            fail(ex, e.status(), e.getMessage());
        } catch (RuntimeException e) {
            e.printStackTrace();
            fail(ex, 500, "internal error: " + e.getClass().getSimpleName());
        }
    }

    private void submit(ThreadPoolExecutor pool, Exchange ex, Answer answer, String what) {
        try {
            pool.execute(() -> {
                try (ServedStore.View view = store.view()) {
                    answer.send(ex, view);
                } catch (HttpError e) {
                    fail(ex, e.status(), e.getMessage());
                } catch (QueryException | IndexSearcher.TooManyClauses e) {
                    fail(ex, 400, e.getMessage());
                } catch (ExitableDirectoryReader.ExitingReaderException e) {
                    fail(ex, 503, overBudget());
                } catch (IOException | RuntimeException e) {
                    e.printStackTrace();
                    fail(ex, 500, "internal error: " + e.getClass().getSimpleName());
                } finally {
                    ex.close();
                }
            });
        } catch (RejectedExecutionException e) {
            fail(ex, 503, "busy: " + pool.getActiveCount() + " " + what + " running, " + pool.getQueue().size()
                    + " waiting; try again shortly");
        }
    }

    private String overBudget() {
        return "the query ran over its " + limits.queryBudget().toMillis() + " ms budget: narrow it (fewer fuzzy or wildcard terms)";
    }

    private void answerQuery(Exchange ex, String path, String query, ServedStore.View view)
            throws HttpError, QueryException, IOException {
        IndexSearcher searcher = view.budgeted(limits.queryBudget());
        Clusters clusters = view.clusters();
        Matcher article = ARTICLE.matcher(path);
        Matcher cluster = CLUSTER.matcher(path);
        Object answer;
        if (path.equals("/api/search")) {
            Params p = Params.parse(query, SEARCH_PARAMS);
            if (p.string("q") == null) {
                throw HttpError.badRequest("q (the query) is required");
            }
            answer = new SearchResults(new ArticleSearch(searcher).search(p.string("q"), p.string("lang"),
                    p.integer("limit", 10), p.flag("collapse") ? clusters : null));
        } else if (path.equals("/api/claims")) {
            Params p = Params.parse(query, CLAIM_PARAMS);
            int offset = p.integer("offset", 0);
            int limit = p.integer("limit", 20);
            ClaimResults r = new ClaimSearch(searcher, clusters).search(filter(p), offset, limit, p.flag("facets"),
                    p.flag("collapse"));
            answer = new ClaimPage(r.total(), offset, limit, r.hits(), r.facets());
        } else if (article.matches()) {
            Params.parse(query, Set.of());
            answer = ArticleDocument.byId(searcher, clusters, view.locale(), article.group(1))
                    .orElseThrow(() -> HttpError.notFound("no article " + article.group(1)));
        } else if (cluster.matches()) {
            Params.parse(query, Set.of());
            answer = ClusterDetail.byId(searcher, clusters, cluster.group(1), swaps)
                    .orElseThrow(() -> HttpError.notFound("no cluster " + cluster.group(1)));
        } else {
            throw HttpError.notFound("nothing at " + path);
        }
        if (searcher.timedOut()) {
            throw new HttpError(503, overBudget());
        }
        send(ex, 200, answer);
    }

    private void sendPage(Exchange ex, String path) {
        try (ex) {
            String name = PAGE_FILES.get(path);
            ex.setHeader("Content-Type", TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
            ex.setHeader("Content-Security-Policy", "default-src 'self'");
            ex.send(200, pageFiles.get(path));
        } catch (IOException clientGone) {
            // nothing left to answer
        }
    }

    private static ClaimFilter filter(Params p) throws HttpError {
        return new ClaimFilter(p.string("q"), p.string("subject"), p.string("metric"), p.string("source"),
                p.string("currency"), p.decimal("min"), p.decimal("max"), p.flag("usd"), p.string("lang"),
                p.integer("year"), p.flag("hedged"));
    }

    /**
     * Every claim the filters select, streamed page by page. The first page is read before any byte
     * is sent, so that a bad query still gets a 400.
     */
    private void export(Exchange ex, Params p, ServedStore.View view) throws HttpError, QueryException, IOException {
        if (p.string("format") == null) {
            throw HttpError.badRequest("format (csv or jsonl) is required");
        }
        String name = p.string("format");
        ExportFormat format = switch (name) {
            case "csv" -> ExportFormat.CSV;
            case "jsonl" -> ExportFormat.JSONL;
            default -> throw HttpError.badRequest("format must be csv or jsonl, not '" + name + "'");
        };
        ClaimFilter filter = filter(p);
        boolean collapse = p.flag("collapse");
        Clusters clusters = view.clusters();
        ClaimSearch search = new ClaimSearch(view.searcher(), clusters);
        ClaimResults page = search.search(filter, 0, EXPORT_PAGE, false, collapse);
        if (page.total() > ClaimSearch.MAX_OFFSET) {
            throw HttpError.badRequest("the selection holds " + page.total() + " claims, more than the "
                    + ClaimSearch.MAX_OFFSET + " an export can hold: narrow it with filters");
        }
        ex.setHeader("Content-Type", format == ExportFormat.CSV ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
        ex.setHeader("Content-Disposition", "attachment; filename=\"claims." + name + "\"");
        OutputStream body = ex.stream(200);
        try (ClaimStream writer = ClaimStream.open(format, body, collapse)) {
            for (int offset = 0; ; ) {
                for (ClaimHit hit : page.hits()) {
                    Cluster c = clusters.ofPath(hit.path());
                    writer.write(hit, c != null && c.canonical().equals(hit.path()));
                }
                offset += page.hits().size();
                if (page.hits().size() < EXPORT_PAGE || offset >= page.total()) {
                    break;
                }
                page = search.search(filter, offset, EXPORT_PAGE, false, collapse);
            }
        }
    }

    /** Answers {@code status} with a JSON error, unless a streamed answer has begun: that one is cut short. */
    private void fail(Exchange ex, int status, String message) {
        try (ex) {
            if (!ex.started()) {
                send(ex, status, new Error(message));
            }
        } catch (IOException clientGone) {
            // nothing left to answer
        }
    }

    private void send(Exchange ex, int status, Object value) throws IOException {
        ex.setHeader("Content-Type", "application/json; charset=utf-8");
        ex.send(status, json.writeValueAsBytes(value));
    }

    private static Map<String, byte[]> loadPageFiles() throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        for (Map.Entry<String, String> e : PAGE_FILES.entrySet()) {
            try (InputStream in = WebServer.class.getResourceAsStream("/web/" + e.getValue())) {
                if (in == null) {
                    throw new IOException("missing page file web/" + e.getValue() + " on the class path");
                }
                files.put(e.getKey(), in.readAllBytes());
            }
        }
        return Map.copyOf(files);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }
}
