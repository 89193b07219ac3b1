package io.kadens.content.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.kadens.platform.BoundedUploads;
import io.kadens.platform.StorageFull;
import io.kadens.content.ContentDocumentSummary;
import io.kadens.content.ContentLibrary;
import io.kadens.content.ContentUpload;
import io.kadens.content.DocumentFormat;
import io.kadens.content.DocumentKind;
import io.kadens.content.IndexingJob;
import io.kadens.frontend.PageTitles;
import io.kadens.frontend.Toast;
import io.kadens.organisation.Organisation;
import io.kadens.organisation.Organisations;
import io.kadens.platform.InvalidInputException;
import io.kadens.security.CurrentUser;
import io.kadens.security.KadensUser;
import io.kadens.security.Role;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * HR admins' company content: upload a document (parsed, chunked, embedded and indexed in the
 * background, with a progress bar per job), see what is indexed, replace or delete documents.
 * The page polls the server while a job is running.
 */
@Route("admin/content")
@Menu(order = 27, title = "content.nav", icon = "vaadin:file-text-o")
@RolesAllowed(Role.HR_ADMIN_NAME)
class ContentAdminView extends Main implements PageTitles.Translated {

    private static final int POLL_MILLIS = 1000;
    private static final String AUTO_LANGUAGE = "auto";

    private final transient ContentLibrary library;
    private final ZoneId zone;
    private final Select<DocumentKind> kind = new Select<>();
    private final Select<String> language = new Select<>();
    private final TextField title = new TextField();
    private final Paragraph fileError = new Paragraph();
    private final Span chosenFile = new Span();
    private final Span replacing = new Span();
    private final Button replaceCancel = new Button();
    private final Div jobs = new Div();
    private final Grid<ContentDocumentSummary> documents = new Grid<>();
    private final Upload upload;

    private String pendingName;
    private byte[] pendingBytes;
    private UUID replaces;
    /** The latest job of each document, for the status column. */
    private Map<UUID, IndexingJob> latestJobs = Map.of();
    private com.vaadin.flow.shared.Registration polling;

    ContentAdminView(ContentLibrary library, CurrentUser currentUser, Organisations organisations) {
        this.library = library;
        // Upload times read in the organisation's zone, not the server's.
        this.zone = currentUser.get().flatMap(KadensUser::tenant).flatMap(organisations::byId)
                .map(Organisation::zone).orElse(Organisation.zoneOf(null));
        addClassName("k-page");

        upload = new Upload(BoundedUploads.inMemory(library.maxUploadBytes(), (metadata, bytes) -> {
            pendingName = metadata.fileName();
            pendingBytes = bytes;
            chosenFile.setText(getTranslation("content.upload.chosen", metadata.fileName()));
            fileError.setText("");
        }));
        upload.setId("content-upload");
        upload.setMaxFiles(1);
        upload.setAcceptedFileTypes(DocumentFormat.acceptedExtensions());
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, library.maxUploadBytes()));
        upload.addFileRejectedListener(rejected -> fileError.setText(rejected.getErrorMessage().contains("size")
                ? getTranslation("content.file.too-large", megabytes()) : getTranslation("content.file.unsupported-type")));
        upload.addFileRemovedListener(removed -> {
            pendingName = null;
            pendingBytes = null;
            chosenFile.setText("");
        });
        upload.getElement().setAttribute("aria-label", getTranslation("content.upload.label"));
        upload.setI18n(new com.vaadin.flow.component.upload.UploadI18N()
                .setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles()
                        .setOne(getTranslation("content.upload.add")).setMany(getTranslation("content.upload.add")))
                .setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles()
                        .setOne(getTranslation("content.upload.drop")).setMany(getTranslation("content.upload.drop")))
                .setError(new com.vaadin.flow.component.upload.UploadI18N.Error()
                        .setFileIsTooBig(getTranslation("content.file.too-large", megabytes()))
                        .setIncorrectFileType(getTranslation("content.file.unsupported-type"))
                        .setTooManyFiles(getTranslation("content.upload.one-file"))));

        kind.setLabel(getTranslation("content.kind"));
        kind.setId("content-kind");
        kind.setItems(DocumentKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));

        language.setLabel(getTranslation("content.language"));
        language.setId("content-language");
        language.setItems(AUTO_LANGUAGE, "sv", "en");
        language.setItemLabelGenerator(l -> getTranslation("content.language." + l));
        language.setValue(AUTO_LANGUAGE);

        title.setLabel(getTranslation("content.title"));
        title.setId("content-title");
        title.setHelperText(getTranslation("content.title.helper"));
        title.setMaxLength(200);

        fileError.setId("content-file-error");
        fileError.addClassName("k-error");
        fileError.getElement().setAttribute("role", "alert");
        fileError.getElement().setAttribute("aria-live", "assertive");

        replaceCancel.setText(getTranslation("content.replace.cancel"));
        replaceCancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        replaceCancel.addClickListener(click -> replacing(null));
        replaceCancel.setVisible(false);

        Button submit = new Button(getTranslation("content.upload.submit"), click -> submit());
        submit.setId("content-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        Paragraph help = new Paragraph(getTranslation("content.upload.help", megabytes()));
        help.addClassName("k-muted");
        HorizontalLayout fields = new HorizontalLayout(kind, language, title);
        fields.setWrap(true);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout replaceRow = new HorizontalLayout(replacing, replaceCancel);
        replaceRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        Div form = new Div(help, upload, chosenFile, fileError, fields, replaceRow, submit);
        form.addClassName("k-card");

        jobs.setId("content-jobs");
        jobs.getElement().setAttribute("aria-live", "polite");

        configureGrid();
        add(new H1(getTranslation("content.heading")), form, new H2(getTranslation("content.jobs")), jobs,
                new H2(getTranslation("content.documents")), documents);
        refresh();
    }

    private String megabytes() {
        return String.valueOf(library.maxUploadBytes() / (1024 * 1024));
    }

    private void configureGrid() {
        documents.setId("content-documents");
        documents.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        documents.getElement().setAttribute("aria-label", getTranslation("content.documents"));
        documents.addColumn(ContentDocumentSummary::title).setHeader(getTranslation("content.title"))
                .setFlexGrow(3).setSortable(true);
        documents.addColumn(d -> getTranslation(d.kind().labelKey())).setHeader(getTranslation("content.kind"))
                .setFlexGrow(2).setSortable(true);
        documents.addColumn(d -> getTranslation("content.language." + d.language()))
                .setHeader(getTranslation("content.language"));
        documents.addColumn(this::status).setHeader(getTranslation("content.status")).setFlexGrow(2);
        documents.addColumn(ContentDocumentSummary::chunkCount).setHeader(getTranslation("content.chunks"))
                .setSortable(true);
        documents.addColumn(ContentDocumentSummary::uploadedByName).setHeader(getTranslation("content.uploaded-by"))
                .setFlexGrow(2);
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale());
        documents.addColumn(d -> d.uploadedAt().atZoneSameInstant(zone).format(format))
                .setHeader(getTranslation("content.uploaded-at")).setFlexGrow(2);
        documents.addComponentColumn(this::actions).setHeader(getTranslation("content.actions")).setFlexGrow(3);
        documents.setEmptyStateText(getTranslation("content.documents.empty"));
        documents.setAllRowsVisible(true);
    }

    private String status(ContentDocumentSummary document) {
        IndexingJob job = latestJobs.get(document.id());
        if (job == null || job.status() == IndexingJob.Status.DONE) {
            return getTranslation("content.status.indexed");
        }
        return getTranslation(job.active() ? "content.status.reindexing" : "content.status.replace-failed");
    }

    private HorizontalLayout actions(ContentDocumentSummary document) {
        Anchor download = new Anchor("api/v1/content/documents/" + document.id() + "/file",
                getTranslation("content.download"));
        download.getElement().setAttribute("download", true);
        download.getElement().setAttribute("aria-label", getTranslation("content.download.label", document.title()));
        Button replace = new Button(getTranslation("content.replace"), click -> replacing(document));
        replace.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        replace.setAriaLabel(getTranslation("content.replace.label", document.title()));
        Button delete = new Button(getTranslation("content.delete"), click -> confirmDelete(document));
        delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        delete.setAriaLabel(getTranslation("content.delete.label", document.title()));
        HorizontalLayout actions = new HorizontalLayout(download, replace, delete);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        return actions;
    }

    private void replacing(ContentDocumentSummary document) {
        replaces = document == null ? null : document.id();
        replacing.setText(document == null ? "" : getTranslation("content.replacing", document.title()));
        replaceCancel.setVisible(document != null);
        if (document != null) {
            kind.setValue(document.kind());
            language.setValue(document.language());
            title.setValue(document.title());
            upload.getElement().callJsFunction("focus");
        }
    }

    private void confirmDelete(ContentDocumentSummary document) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("content.delete.title"),
                getTranslation("content.delete.text", document.title(), document.chunkCount()),
                getTranslation("content.delete"), confirm -> {
                    try {
                        library.delete(document.id());
                        Toast.success(getTranslation("content.deleted", document.title()));
                    } catch (InvalidInputException gone) {
                        Toast.error(getTranslation(gone.fieldErrors().values().iterator().next()));
                    }
                    refresh();
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("content.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void submit() {
        fileError.setText("");
        kind.setInvalid(false);
        if (pendingBytes == null) {
            fileError.setText(getTranslation("content.file.required"));
            return;
        }
        try {
            String chosenLanguage = AUTO_LANGUAGE.equals(language.getValue()) ? null : language.getValue();
            IndexingJob job = library.upload(new ContentUpload(pendingName, pendingBytes, kind.getValue(),
                    chosenLanguage, title.getValue(), replaces));
            Toast.success(getTranslation("content.queued", job.title()));
            pendingBytes = null;
            pendingName = null;
            chosenFile.setText("");
            upload.clearFileList();
            title.clear();
            replacing(null);
            refresh();
        } catch (InvalidInputException refused) {
            for (Map.Entry<String, String> error : refused.fieldErrors().entrySet()) {
                String message = getTranslation(error.getValue(), megabytes());
                switch (error.getKey()) {
                    case "kind" -> {
                        kind.setErrorMessage(message);
                        kind.setInvalid(true);
                    }
                    case "title" -> {
                        title.setErrorMessage(message);
                        title.setInvalid(true);
                    }
                    default -> fileError.setText(message);
                }
            }
        } catch (RuntimeException failure) {
            if (!StorageFull.causedBy(failure)) {
                throw failure;
            }
            // The database's disk is full: nothing was stored; the chosen file stays chosen for another try.
            fileError.setText(getTranslation(StorageFull.MESSAGE_KEY));
        }
    }

    private void refresh() {
        List<IndexingJob> current = library.jobs();
        jobs.removeAll();
        if (current.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("content.jobs.empty"));
            none.addClassName("k-muted");
            jobs.add(none);
        }
        current.forEach(job -> jobs.add(jobRow(job)));
        Map<UUID, IndexingJob> latest = new java.util.HashMap<>();
        // Newest first: the first job seen for a document is its latest.
        current.forEach(job -> latest.putIfAbsent(job.documentId(), job));
        latestJobs = latest;
        documents.setItems(library.documents());
        boolean running = current.stream().anyMatch(IndexingJob::active);
        getUI().ifPresent(ui -> ui.setPollInterval(running ? POLL_MILLIS : -1));
    }

    private Div jobRow(IndexingJob job) {
        Span name = new Span(job.title() + " (" + job.fileName() + ")");
        name.addClassName("k-strong");
        Span state = new Span(switch (job.status()) {
            case QUEUED -> getTranslation("content.job.queued");
            case RUNNING -> getTranslation("content.job.running", job.chunksDone(), job.chunksTotal());
            case DONE -> getTranslation("content.job.done", job.chunksTotal());
            case FAILED -> getTranslation("content.job.failed-with", getTranslation(
                    job.failureKey() == null ? "content.job.failed" : job.failureKey(), megabytes()));
        });
        state.addClassName("content-job-state");
        state.getElement().setAttribute("data-status", job.status().name());
        ProgressBar bar = new ProgressBar(0, 1, job.fraction());
        bar.setIndeterminate(job.status() == IndexingJob.Status.QUEUED);
        bar.getElement().setAttribute("aria-label", getTranslation("content.job.progress", job.title()));
        bar.getElement().setAttribute("data-status", job.status().name());
        if (job.status() == IndexingJob.Status.FAILED) {
            bar.addThemeVariants(com.vaadin.flow.component.progressbar.ProgressBarVariant.LUMO_ERROR);
        } else if (job.status() == IndexingJob.Status.DONE) {
            bar.addThemeVariants(com.vaadin.flow.component.progressbar.ProgressBarVariant.LUMO_SUCCESS);
        }
        Div row = new Div(name, bar, state);
        row.addClassName("content-job");
        row.getStyle().set("margin-block", "var(--lumo-space-m)");
        row.getElement().setAttribute("data-job", job.id().toString());
        if (!job.active()) {
            Button dismiss = new Button(getTranslation("content.job.dismiss"), click -> {
                library.dismiss(job.id());
                refresh();
            });
            dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            dismiss.setAriaLabel(getTranslation("content.job.dismiss.label", job.title()));
            row.add(dismiss);
        }
        return row;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        polling = attachEvent.getUI().addPollListener(poll -> refresh());
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
        }
        super.onDetach(detachEvent);
    }

    @Override
    public String titleKey() {
        return "content.heading";
    }
}
