package org.newsclaims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files under a {@code models/} directory that drive extraction, read once: every stage is built
 * from one of these and reads its rules and lexicons here, never from a path of its own. Dotfiles (an
 * editor's swap and backup files) are left out: they drive no extraction. Immutable.
 */
public final class Models {

    private final Path dir;
    /** Each file's bytes by its path relative to {@code dir}, with {@code /} between names, in path order. */
    private final SortedMap<String, byte[]> files;

    private Models(Path dir, SortedMap<String, byte[]> files) {
        this.dir = dir;
        this.files = files;
    }

    /** Reads every regular file under {@code dir}. */
    public static Models read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("models directory " + dir + " does not exist");
        }
        SortedMap<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                Path relative = dir.relativize(f);
                if (!hidden(relative)) {
                    files.put(relative.toString().replace(relative.getFileSystem().getSeparator(), "/"), Files.readAllBytes(f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the models directory " + dir + ": " + e.getMessage(), e);
        }
        return new Models(dir, files);
    }

    /** The directory the files were read from. */
    public Path dir() {
        return dir;
    }

    /** Where the file at {@code relative} was read from, for messages. */
    public Path path(String relative) {
        return dir.resolve(relative);
    }

    /** The relative path of every file, with {@code /} between names, in path order. */
    public List<String> paths() {
        return List.copyOf(files.keySet());
    }

    /** The bytes of the file at {@code relative} (a copy). */
    public byte[] bytes(String relative) {
        byte[] bytes = files.get(relative);
        if (bytes == null) {
            throw new IllegalStateException("cannot read " + path(relative) + ": no such file among the models");
        }
        return bytes.clone();
    }

    /** The lines of the UTF-8 text file at {@code relative} (e.g. {@code money/numerals.tsv}). */
    public List<String> lines(String relative) {
        byte[] bytes = bytes(relative);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString().lines().toList();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("cannot read " + path(relative) + ": not UTF-8", e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path name : relative) {
            if (name.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
