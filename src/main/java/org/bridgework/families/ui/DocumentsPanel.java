package org.bridgework.families.ui;

import org.bridgework.platform.FieldErrors;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import org.bridgework.families.CaseDocument;
import org.bridgework.families.CaseDocumentService;
import org.bridgework.platform.InvalidInputException;

import java.io.ByteArrayInputStream;
import java.util.Map;

/** Documents, uploaded and downloaded only through the guarded service (which checks the bytes, not the name). */
class DocumentsPanel extends VerticalLayout {

    private final CaseDocumentService documents;
    private final long caseId;
    private final Grid<CaseDocument> grid = new Grid<>();

    DocumentsPanel(CaseDocumentService documents, long caseId) {
        this.documents = documents;
        this.caseId = caseId;
        var title = new TextField(getTranslation("families.documents.title"));
        title.setHelperText(getTranslation("families.documents.forExampleSchoolAttendanceReport"));
        var ui = UI.getCurrent();
        var upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> {
            try {
                documents.upload(caseId, title.getValue().isBlank() ? getTranslation("families.documents.document") : title.getValue(), bytes);
                title.clear();
                Notification.show(getTranslation("families.documents.uploaded"));
                refresh();
            } catch (InvalidInputException invalid) {
                FieldErrors.show(invalid, Map.of("title", title));
            }
        })));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) documents.maxBytes());
        upload.setAcceptedFileTypes(".pdf", ".jpg", ".jpeg", ".png", ".docx");
        grid.addComponentColumn(d -> {
            var a = new Anchor(DownloadHandler.fromInputStream(event -> {
                var content = documents.download(d.id());
                return new DownloadResponse(new ByteArrayInputStream(content.bytes()), content.fileName(),
                        content.contentType(), content.bytes().length);
            }), d.title());
            a.setDownload(true);
            return a;
        }).setHeader(getTranslation("families.documents.document")).setFlexGrow(2);
        grid.addColumn(d -> d.contentType().replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document", getTranslation("families.documents.word")))
                .setHeader(getTranslation("families.documents.type"));
        grid.addColumn(d -> getTranslation("families.documents.kilobytes", Texts.number(d.sizeBytes() / 1024))).setHeader(getTranslation("families.documents.size"));
        grid.addColumn(d -> getTranslation("families.documents.uploadedBy", Formats.when(d.uploadedAt()), d.uploadedBy())).setHeader(getTranslation("families.documents.uploadedColumn"));
        grid.setAriaLabel(getTranslation("families.documents.documents"));
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("families.documents.uploadADocument")), title, upload, new H3(getTranslation("families.documents.documents")), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(documents.documents(caseId));
    }
}
