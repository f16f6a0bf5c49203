package org.bridgework.families;

import org.bridgework.audit.AuditService;
import org.bridgework.platform.InvalidInputException;
import org.bridgework.security.Access;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Documents on a case, kept as BLOBs in the database rather than files on disk: they are then in the same
 * transaction, backup and access control as the case itself, a half-finished upload cannot leave an orphan
 * file, and no path on the web server ever holds them. The 10 MB cap keeps rows within MariaDB's packet limit.
 * Family workers and managers only; partners do not see documents.
 */
@Service
public class CaseDocumentService {

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final AuditService audit;
    private final Clock clock;
    private final long maxBytes;

    CaseDocumentService(JdbcClient jdbc, CaseAccess access, AuditService audit, Clock clock,
                        @Value("${bridgework.families.document-max-bytes:10485760}") long maxBytes) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional
    public CaseDocument upload(long caseId, String title, byte[] bytes) {
        access.requireVisible(caseId);
        String cleanTitle = title == null ? "" : title.replaceAll("[\\p{Cntrl}/\\\\]", "").trim();
        var errors = new InvalidInputException.Collector()
                .check(bytes != null && bytes.length > 0, "file", "Choose a file to upload.")
                .check(bytes == null || bytes.length <= maxBytes, "file",
                        "The file is too large. The limit is " + (maxBytes / (1024 * 1024)) + " MB.")
                .check(!cleanTitle.isEmpty(), "title", "Give the document a title.");
        errors.throwIfAny();
        Optional<String> type = DocumentTypes.sniff(bytes);
        if (type.isEmpty()) {
            throw InvalidInputException.of("file", "Only PDF, JPEG, PNG and Word (.docx) documents can be uploaded.");
        }
        String safeTitle = cleanTitle.length() > 255 ? cleanTitle.substring(0, 255) : cleanTitle;
        var now = clock.instant();
        String by = access.user().getUsername();
        jdbc.sql("""
                        insert into family_document (case_id, title, content_type, size_bytes, uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(caseId, safeTitle, type.get(), bytes.length, by, now).update();
        long id = jdbc.sql("select last_insert_id()").query(Long.class).single();
        jdbc.sql("insert into family_document_content (document_id, content) values (?, ?)").params(id, bytes).update();
        audit.recordCreate("FAMILY_DOCUMENT", id, null, "document on case " + caseId);
        return new CaseDocument(id, caseId, safeTitle, type.get(), bytes.length, by, now);
    }

    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional(readOnly = true)
    public List<CaseDocument> documents(long caseId) {
        access.requireVisible(caseId);
        return jdbc.sql("""
                        select id, case_id, title, content_type, size_bytes, uploaded_by, uploaded_at from family_document
                        where case_id = ? order by uploaded_at desc, id desc""")
                .param(caseId)
                .query((rs, n) -> new CaseDocument(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    /** The only way to a document's bytes; each download is audited. */
    @PreAuthorize(Access.FAMILY_CASEWORK)
    @Transactional(readOnly = true)
    public DocumentContent download(long documentId) {
        var meta = jdbc.sql("select case_id, title, content_type from family_document where id = ?").param(documentId)
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3)}).optional()
                .orElseThrow(() -> InvalidInputException.of("document", "This document no longer exists."));
        long caseId = (Long) meta[0];
        access.requireVisible(caseId);
        byte[] bytes = jdbc.sql("select content from family_document_content where document_id = ?").param(documentId)
                .query(byte[].class).single();
        audit.recordView("FAMILY_DOCUMENT", documentId, null);
        String contentType = (String) meta[2];
        String name = ((String) meta[1]).replaceAll("[^A-Za-z0-9 ._-]", "_") + DocumentTypes.extension(contentType);
        return new DocumentContent(name, contentType, bytes);
    }
}
