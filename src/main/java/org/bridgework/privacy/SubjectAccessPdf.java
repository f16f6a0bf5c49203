package org.bridgework.privacy;

import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.util.Collection;
import java.util.Map;

/** The readable form of an export: one heading per section, then its data as indented "label: value" lines. */
final class SubjectAccessPdf {

    private static final Font TITLE = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16, Font.NORMAL);
    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12, Font.NORMAL);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10, Font.NORMAL);
    private static final float INDENT = 14f;

    private SubjectAccessPdf() {
    }

    static byte[] render(String title, Map<String, Object> document) {
        var out = new ByteArrayOutputStream();
        var pdf = new Document(PageSize.A4, 48, 48, 48, 48);
        PdfWriter.getInstance(pdf, out);
        pdf.addTitle(title);
        pdf.open();
        pdf.add(new Paragraph(title, TITLE));
        for (var section : document.entrySet()) {
            if (section.getValue() instanceof Map<?, ?> || section.getValue() instanceof Collection<?>) {
                var heading = new Paragraph(section.getKey(), HEADING);
                heading.setSpacingBefore(12);
                pdf.add(heading);
                write(pdf, section.getValue(), 0);
            } else {
                pdf.add(line(section.getKey() + ": " + text(section.getValue()), 0));
            }
        }
        pdf.close();
        return out.toByteArray();
    }

    private static void write(Document pdf, Object value, int depth) {
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                pdf.add(line("Nothing held.", depth));
            }
            for (var e : map.entrySet()) {
                if (e.getValue() instanceof Map<?, ?> || e.getValue() instanceof Collection<?>) {
                    pdf.add(line(e.getKey() + ":", depth));
                    write(pdf, e.getValue(), depth + 1);
                } else {
                    pdf.add(line(e.getKey() + ": " + text(e.getValue()), depth));
                }
            }
        } else if (value instanceof Collection<?> list) {
            if (list.isEmpty()) {
                pdf.add(line("None.", depth));
            }
            int n = 1;
            for (Object item : list) {
                if (item instanceof Map<?, ?> || item instanceof Collection<?>) {
                    pdf.add(line("(" + n++ + ")", depth));
                    write(pdf, item, depth + 1);
                } else {
                    pdf.add(line("- " + text(item), depth));
                }
            }
        } else {
            pdf.add(line(text(value), depth));
        }
    }

    private static Paragraph line(String text, int depth) {
        var p = new Paragraph(text, BODY);
        p.setIndentationLeft(depth * INDENT);
        return p;
    }

    private static String text(Object value) {
        if (value == null) {
            return "(none)";
        }
        if (value instanceof Boolean b) {
            return b ? "Yes" : "No";
        }
        return value.toString();
    }
}
