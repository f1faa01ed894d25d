package org.newsclaims.query;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;

/** Read-only access to the committed store under a data directory. */
public final class StoreReader implements Closeable {

    private final FSDirectory directory;
    private final DirectoryReader reader;

    private StoreReader(FSDirectory directory, DirectoryReader reader) {
        this.directory = directory;
        this.reader = reader;
    }

    public static StoreReader open(Path dataDir) throws QueryException {
        FSDirectory dir = indexDirectory(dataDir);
        try {
            return new StoreReader(dir, DirectoryReader.open(dir));
        } catch (IOException e) {
            closeQuietly(dir);
            throw new QueryException("cannot open the index in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    /** The index under {@code dataDir}, refused with a message the user can act on when there is none. */
    public static FSDirectory indexDirectory(Path dataDir) throws QueryException {
        Path indexDir = dataDir.resolve("index");
        FSDirectory dir = null;
        try {
            if (Files.isDirectory(indexDir)) {
                dir = FSDirectory.open(indexDir);
                if (DirectoryReader.indexExists(dir)) {
                    return dir;
                }
                dir.close();
            }
            throw new QueryException("no index in " + dataDir + ": run 'newsclaims ingest' first");
        } catch (IOException e) {
            closeQuietly(dir);
            throw new QueryException("cannot open the index in " + dataDir + ": " + e.getMessage(), e);
        }
    }

    public IndexSearcher searcher() {
        return new IndexSearcher(reader);
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }

    private static void closeQuietly(FSDirectory dir) {
        try {
            if (dir != null) {
                dir.close();
            }
        } catch (IOException ignored) {
            // the error being reported matters more
        }
    }
}
