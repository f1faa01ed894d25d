package org.newsclaims.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.search.IndexSearcher;
import org.newsclaims.ModelFiles;
import org.newsclaims.dedup.Clusters;
import org.newsclaims.query.ArticleDocument;
import org.newsclaims.query.ArticleHit;
import org.newsclaims.query.ArticleSearch;
import org.newsclaims.query.ClaimFilter;
import org.newsclaims.dedup.Cluster;
import org.newsclaims.export.ClaimStream;
import org.newsclaims.export.ExportFormat;
import org.newsclaims.query.ClaimHit;
import org.newsclaims.query.ClaimResults;
import org.newsclaims.query.ClaimSearch;
import org.newsclaims.query.ClusterDetail;
import org.newsclaims.query.QueryException;
import org.newsclaims.query.StoreReader;

/**
 * The JSON API and the search page over one data directory, on the JDK's own HTTP server. It reads
 * the store as committed when it started (restart it after an ingest) and serves only the API and
 * the few page files under {@code web/} on the class path: never a file named by a request.
 */
public final class WebServer implements AutoCloseable {

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

    record ClaimPage(long total, int offset, int limit, List<ClaimHit> hits, Map<String, Map<String, Integer>> facets) {
    }

    record SearchResults(List<ArticleHit> hits) {
    }

    record Error(String error) {
    }

    private final StoreReader store;
    private final IndexSearcher searcher;
    private final Clusters clusters;
    private final HttpServer server;
    private final ExecutorService executor;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, byte[]> pageFiles;

    private WebServer(StoreReader store, Clusters clusters, HttpServer server, ExecutorService executor)
            throws IOException {
        this.store = store;
        this.searcher = store.searcher();
        this.clusters = clusters;
        this.server = server;
        this.executor = executor;
        this.pageFiles = loadPageFiles();
    }

    /** Opens the store under {@code dataDir} and serves it at {@code address} (port 0: any free port). */
    public static WebServer start(Path dataDir, InetSocketAddress address) throws QueryException, IOException {
        StoreReader store = StoreReader.open(dataDir);
        try {
            Clusters clusters = Clusters.build(store.searcher(), Clusters.Markers.load(ModelFiles.dir()));
            HttpServer http = HttpServer.create(address, 0);
            ExecutorService executor = Executors.newFixedThreadPool(4);
            WebServer web = new WebServer(store, clusters, http, executor);
            http.createContext("/", web::handle);
            http.setExecutor(executor);
            http.start();
            return web;
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
    }

    public InetSocketAddress address() {
        return server.getAddress();
    }

    @Override
    public void close() throws IOException {
        server.stop(0);
        executor.shutdownNow();
        store.close();
    }

    private void handle(HttpExchange ex) throws IOException {
        try (ex) {
            ex.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            try {
                if (!ex.getRequestMethod().equals("GET")) {
                    ex.getResponseHeaders().set("Allow", "GET");
                    throw new HttpError(405, "only GET is supported");
                }
                route(ex, ex.getRequestURI().getRawPath(), ex.getRequestURI().getRawQuery());
            } catch (HttpError e) {
                send(ex, e.status(), new Error(e.getMessage()));
            } catch (QueryException e) {
                send(ex, 400, new Error(e.getMessage()));
            } catch (IOException | RuntimeException e) {
                e.printStackTrace();
                send(ex, 500, new Error("internal error: " + e.getClass().getSimpleName()));
            }
        }
    }

    private void route(HttpExchange ex, String path, String query) throws HttpError, QueryException, IOException {
        Matcher article = ARTICLE.matcher(path);
        Matcher cluster = CLUSTER.matcher(path);
        if (path.equals("/api/search")) {
            Params p = Params.parse(query, SEARCH_PARAMS);
            if (p.string("q") == null) {
                throw HttpError.badRequest("q (the query) is required");
            }
            send(ex, 200, new SearchResults(new ArticleSearch(searcher).search(p.string("q"), p.string("lang"),
                    p.integer("limit", 10), p.flag("collapse") ? clusters : null)));
        } else if (path.equals("/api/claims")) {
            Params p = Params.parse(query, CLAIM_PARAMS);
            int offset = p.integer("offset", 0);
            int limit = p.integer("limit", 20);
            ClaimResults r = new ClaimSearch(searcher, clusters).search(filter(p), offset, limit, p.flag("facets"),
                    p.flag("collapse"));
            send(ex, 200, new ClaimPage(r.total(), offset, limit, r.hits(), r.facets()));
        } else if (path.equals("/api/export")) {
            export(ex, Params.parse(query, EXPORT_PARAMS));
        } else if (article.matches()) {
            Params.parse(query, Set.of());
            send(ex, 200, ArticleDocument.byId(searcher, clusters, article.group(1))
                    .orElseThrow(() -> HttpError.notFound("no article " + article.group(1))));
        } else if (cluster.matches()) {
            Params.parse(query, Set.of());
            send(ex, 200, ClusterDetail.byId(searcher, clusters, cluster.group(1))
                    .orElseThrow(() -> HttpError.notFound("no cluster " + cluster.group(1))));
        } else if (PAGE_FILES.containsKey(path)) {
            byte[] body = pageFiles.get(path);
            String name = PAGE_FILES.get(path);
            ex.getResponseHeaders().set("Content-Type", TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
            ex.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
        } else {
            throw HttpError.notFound("nothing at " + path);
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
    private void export(HttpExchange ex, Params p) throws HttpError, QueryException, IOException {
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
        ClaimSearch search = new ClaimSearch(searcher, clusters);
        ClaimResults page = search.search(filter, 0, EXPORT_PAGE, false, collapse);
        if (page.total() > ClaimSearch.MAX_OFFSET) {
            throw HttpError.badRequest("the selection holds " + page.total() + " claims, more than the "
                    + ClaimSearch.MAX_OFFSET + " an export can hold: narrow it with filters");
        }
        ex.getResponseHeaders().set("Content-Type",
                format == ExportFormat.CSV ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8");
        ex.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"claims." + name + "\"");
        ex.sendResponseHeaders(200, 0);
        try (ClaimStream writer = ClaimStream.open(format, ex.getResponseBody(), collapse)) {
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

    private void send(HttpExchange ex, int status, Object value) throws IOException {
        byte[] body = json.writeValueAsBytes(value);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
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
