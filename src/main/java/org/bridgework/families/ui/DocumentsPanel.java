package org.bridgework.families.ui;

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
        var title = new TextField("Title");
        title.setHelperText("For example: school attendance report, March");
        var ui = UI.getCurrent();
        var upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> {
            try {
                documents.upload(caseId, title.getValue().isBlank() ? "Document" : title.getValue(), bytes);
                title.clear();
                Notification.show("Uploaded.");
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
        }).setHeader("Document").setFlexGrow(2);
        grid.addColumn(d -> d.contentType().replace("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Word"))
                .setHeader("Type");
        grid.addColumn(d -> (d.sizeBytes() / 1024) + " KB").setHeader("Size");
        grid.addColumn(d -> Formats.when(d.uploadedAt()) + " by " + d.uploadedBy()).setHeader("Uploaded");
        grid.setAriaLabel("Documents");
        grid.setAllRowsVisible(true);
        add(new H3("Upload a document"), title, upload, new H3("Documents"), grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(documents.documents(caseId));
    }
}
