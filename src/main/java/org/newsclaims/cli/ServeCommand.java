package org.newsclaims.cli;

import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsclaims.UserError;
import org.newsclaims.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"A search page and a JSON API over the index, until stopped (Ctrl-C).",
                "API: /api/search, /api/claims, /api/articles/ID, /api/clusters/ID, /api/export?format=csv|jsonl.",
                "Each request reads the index as last committed: an ingest shows up without a restart."})
final class ServeCommand implements Callable<Integer> {

    @Mixin
    CommonOptions common;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0: any free port).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String bind;

    @Override
    public Integer call() throws Exception {
        OptionRanges.between(spec, "--port", port, 0, 65535);
        WebServer server = start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (java.io.IOException ignored) {
                // the process is ending anyway
            }
            stopped.countDown();
        }));
        InetSocketAddress at = server.address();
        System.out.println("serving " + common.data() + " at http://" + at.getHostString() + ":" + at.getPort() + "/");
        stopped.await();
        return 0;
    }

    private WebServer start() throws UserError, java.io.IOException {
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new UserError("cannot listen on " + bind + ": no such address", e);
        }
        try {
            return WebServer.start(common.data(), common.models(), new InetSocketAddress(address, port));
        } catch (BindException e) {
            throw new UserError("cannot listen on " + bind + " port " + port + ": the port is in use or not allowed ("
                    + e.getMessage() + ")", e);
        }
    }
}
