package org.newsclaims.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.newsclaims.BuildInfo;
import org.newsclaims.Models;

/**
 * What extracts articles: the files of {@code models/}, this program's version and CoreNLP's model
 * artifact. {@code id} changes when any of them does; the store records it in each commit and on each
 * article, so that an ingest re-extracts what another build extracted.
 *
 * @param id      the first 16 hex digits of SHA-256 over the other three
 * @param models  the first 16 hex digits of SHA-256 over the relative paths and bytes of every file
 *                under {@code models/}, in path order
 * @param version this program's version
 * @param coreNlp CoreNLP's Chinese model artifact
 */
public record BuildFingerprint(String id, String models, String version, String coreNlp) {

    static final String COMMIT_ID = "newsclaims.fingerprint";
    static final String COMMIT_MODELS = "newsclaims.models";
    static final String COMMIT_VERSION = "newsclaims.version";
    static final String COMMIT_CORENLP = "newsclaims.corenlp";

    /** The fingerprint of this program running with {@code models}. */
    public static BuildFingerprint of(Models models) {
        return of(hashOfTree(models), BuildInfo.VERSION, BuildInfo.CORENLP_MODELS);
    }

    static BuildFingerprint of(String models, String version, String coreNlp) {
        MessageDigest sha = sha256();
        for (String part : List.of(models, version, coreNlp)) {
            sha.update(part.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
        }
        return new BuildFingerprint(hex16(sha.digest()), models, version, coreNlp);
    }

    /** The fingerprint a store's last commit recorded, or null for a store committed before fingerprints were recorded. */
    public static BuildFingerprint fromCommitData(Map<String, String> data) {
        if (!data.containsKey(COMMIT_ID)) {
            return null;
        }
        return new BuildFingerprint(data.get(COMMIT_ID), data.get(COMMIT_MODELS), data.get(COMMIT_VERSION), data.get(COMMIT_CORENLP));
    }

    Map<String, String> commitData() {
        return Map.of(COMMIT_ID, id, COMMIT_MODELS, models, COMMIT_VERSION, version, COMMIT_CORENLP, coreNlp);
    }

    /**
     * SHA-256 over every file of {@code models}: its relative path (with {@code /} between names), its
     * length and its bytes, in path order, so the same tree hashes the same wherever it is.
     */
    static String hashOfTree(Models models) {
        MessageDigest sha = sha256();
        for (String path : models.paths()) {
            byte[] bytes = models.bytes(path);
            sha.update(path.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
            sha.update(bytes);
        }
        return hex16(sha.digest());
    }

    private static String hex16(byte[] digest) {
        return HexFormat.of().formatHex(digest, 0, 8);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
