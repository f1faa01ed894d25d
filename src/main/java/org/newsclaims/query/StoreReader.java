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
        Path indexDir = dataDir.resolve("index");
        try {
            if (!Files.isDirectory(indexDir) || !DirectoryReader.indexExists(FSDirectory.open(indexDir))) {
                throw new QueryException("no index in " + dataDir + ": run 'newsclaims ingest' first");
            }
            FSDirectory dir = FSDirectory.open(indexDir);
            return new StoreReader(dir, DirectoryReader.open(dir));
        } catch (IOException e) {
            throw new QueryException("cannot open the index in " + dataDir + ": " + e.getMessage());
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
}
