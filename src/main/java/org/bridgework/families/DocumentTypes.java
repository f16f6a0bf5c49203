package org.bridgework.families;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Recognises the allowed document types from their first bytes; what the browser claims is never trusted. */
final class DocumentTypes {

    static final String PDF = "application/pdf";
    static final String JPEG = "image/jpeg";
    static final String PNG = "image/png";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private DocumentTypes() {
    }

    static Optional<String> sniff(byte[] b) {
        if (startsWith(b, 0x25, 0x50, 0x44, 0x46, 0x2D)) {
            return Optional.of(PDF);
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(b, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (startsWith(b, 0x50, 0x4B, 0x03, 0x04) && isWordDocument(b)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    static String extension(String contentType) {
        return switch (contentType) {
            case PDF -> ".pdf";
            case JPEG -> ".jpg";
            case PNG -> ".png";
            default -> ".docx";
        };
    }

    /** Any zip file starts with PK; a Word document is one that holds word/document.xml. */
    private static boolean isWordDocument(byte[] b) {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry e;
            int entries = 0;
            while ((e = zip.getNextEntry()) != null && entries++ < 2000) {
                if (e.getName().equals("word/document.xml")) {
                    return true;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return false;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b == null || b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
