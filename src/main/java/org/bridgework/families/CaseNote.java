package org.bridgework.families;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A note as written, with the amendments made to it since (oldest first). Notes are never edited in place. */
public record CaseNote(long id, NoteType type, LocalDate occurredOn, String body, boolean restricted, String author,
                       Long authorOrganisationId, Instant createdAt, Long amendsNoteId, List<CaseNote> amendments) {
}
