package org.newsclaims.pipeline;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The files under some roots, in ingest order, found one at a time: roots in order of their
 * absolute paths (a root inside another is walked with it, not again), then depth first, the entries of
 * each directory in order of their names. Symbolic links are followed; dotfiles, dot-directories
 * below a root and the documentation that travels with corpora (README, SOURCES, LICENSE, gold
 * files) are left out. What cannot be walked (a missing root, a broken or looping link, a
 * directory that cannot be read) goes to a consumer of failures, and the walk goes on.
 *
 * <p>Why not a list: a corpus of millions of files would cost hundreds of megabytes of paths.
 * The walk holds the entries of the directories on its way down, no more.
 */
final class FileWalk implements Iterator<Path> {

    /** A directory's entries in order, with its identity, so that a link back to it is seen as a loop. */
    private record Level(Object key, Iterator<Entry> entries) {
    }

    /** A directory sorts as its name and a slash, so that, as in a sorted list of paths, "a.txt" comes before "a/b.txt". */
    private static final Comparator<Entry> BY_NAME = Comparator.comparing(Entry::sortKey);
    private static final Pattern DOCUMENTATION = Pattern.compile("(readme|sources|license|notice)(\\..*)?");

    /** A directory entry: its attributes (links followed), or why they cannot be read. */
    private record Entry(Path path, String sortKey, BasicFileAttributes attrs, String failure) {
    }

    private final Iterator<Path> roots;
    private final Consumer<IngestJob.Failure> failed;
    private final Deque<Level> levels = new ArrayDeque<>();
    private Path next;

    FileWalk(List<Path> roots, Consumer<IngestJob.Failure> failed) {
        this.roots = outermost(roots).iterator();
        this.failed = failed;
    }

    /** How many files a walk of {@code roots} finds (failures are not counted). */
    static int count(List<Path> roots) {
        int n = 0;
        for (FileWalk w = new FileWalk(roots, f -> { }); w.hasNext(); w.next()) {
            n++;
        }
        return n;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (!levels.isEmpty()) {
                Level level = levels.peek();
                if (level.entries().hasNext()) {
                    visit(level.entries().next());
                } else {
                    levels.pop();
                }
            } else if (roots.hasNext()) {
                visitRoot(roots.next());
            } else {
                return false;
            }
        }
        return true;
    }

    @Override
    public Path next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        Path p = next;
        next = null;
        return p;
    }

    private void visitRoot(Path root) {
        if (!Files.exists(root)) {
            failed.accept(new IngestJob.Failure(root.toString(),
                    Files.isSymbolicLink(root) ? "broken or looping symbolic link" : "no such file or directory"));
        } else if (Files.isDirectory(root)) {
            enter(root);
        } else {
            next = root;
        }
    }

    private void visit(Entry entry) {
        BasicFileAttributes attrs = entry.attrs();
        if (attrs == null) {
            failed.accept(new IngestJob.Failure(entry.path().toString(), entry.failure()));
        } else if (!attrs.isDirectory()) {
            next = entry.path();
        } else if (attrs.fileKey() != null && levels.stream().anyMatch(l -> attrs.fileKey().equals(l.key()))) {
            failed.accept(new IngestJob.Failure(entry.path().toString(), "symbolic link loop"));
        } else {
            enter(entry.path());
        }
    }

    /** Lists {@code dir} and walks into it next. */
    private void enter(Path dir) {
        List<Entry> entries = new ArrayList<>();
        Object key;
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(dir)) {
            key = Files.readAttributes(dir, BasicFileAttributes.class).fileKey();
            for (Path p : listing) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                Entry e;
                try {
                    BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class);
                    e = new Entry(p, attrs.isDirectory() ? name + "/" : name, attrs, null);
                } catch (IOException unreadable) {
                    e = new Entry(p, name, null, Files.isSymbolicLink(p) ? "broken or looping symbolic link"
                            : "cannot read: " + unreadable.getMessage());
                }
                if (e.sortKey().endsWith("/") || !documentation(name)) {
                    entries.add(e);
                }
            }
        } catch (IOException e) {
            failed.accept(new IngestJob.Failure(dir.toString(), "cannot read: " + e.getMessage()));
            return;
        }
        entries.sort(BY_NAME);
        levels.push(new Level(key, entries.iterator()));
    }

    private static boolean documentation(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".gold.jsonl") || DOCUMENTATION.matcher(name).matches();
    }

    /**
     * {@code roots} in order of their absolute paths (a directory before what is inside it), without
     * repeats and without those inside another root. Each root's parents are looked up, rather than
     * each root compared with every other, since a shell's wildcard can give thousands of roots.
     */
    private static List<Path> outermost(List<Path> roots) {
        List<Path> out = new ArrayList<>();
        Set<Path> kept = new HashSet<>();
        Comparator<Path> byAbsolute = Comparator.comparing(FileWalk::absolute);
        for (Path root : roots.stream().sorted(byAbsolute).toList()) {
            boolean inside = false;
            for (Path up = absolute(root); up != null && !inside; up = up.getParent()) {
                inside = kept.contains(up);
            }
            if (!inside) {
                out.add(root);
                kept.add(absolute(root));
            }
        }
        return out;
    }

    private static Path absolute(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
