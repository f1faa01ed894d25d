package org.newsclaims.ingest;

import java.time.LocalDate;

/**
 * What a file gave: its text (before chrome removal), type, charset, and from its metadata any
 * title, publication date (HTML meta tags) and creation date (PDF, DOCX).
 */
record ExtractedText(String text, String mediaType, String charset, String title, LocalDate published,
                     LocalDate created) {
}
