package org.newsclaims.dedup;

import java.util.List;

/**
 * A reprint cluster: its canonical article and every member with its relation to the canonical
 * ({@code canonical} for the canonical itself, or {@code spun} where it shows a spinner's marks).
 */
public record Cluster(String id, String canonical, List<Member> members) {

    public Cluster {
        members = List.copyOf(members);
    }

    public record Member(String docId, String path, String lang, String title, String date, String relation, double score) {
    }

    public int size() {
        return members.size();
    }
}
