package dev.sitrep.ui.comms;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.MessageTemplate;
import dev.sitrep.domain.Operator;
import dev.sitrep.domain.Placeholder;
import dev.sitrep.domain.StatusMessage;
import dev.sitrep.domain.Text;
import dev.sitrep.store.Store;
import dev.sitrep.ui.common.Command;
import dev.sitrep.ui.common.DialogService;
import dev.sitrep.ui.common.TaskExecutor;
import dev.sitrep.ui.common.Workspace;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/// The template editor: the stored templates, and the name, subject and body of the one picked, to save,
/// add or delete.
///
/// Edits are kept per template while the operator looks at another one, and the list marks those not saved
/// yet; the dialog asks before closing on them.
public final class TemplateEditorViewModel {

    private final Store store;
    private final Workspace workspace;
    private final TaskExecutor executor;
    private final DialogService dialogs;

    // Inputs

    private final ObjectProperty<MessageTemplate> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty subject = new SimpleStringProperty(this, "subject", "");
    private final StringProperty body = new SimpleStringProperty(this, "body", "");

    // Outputs

    private final ObservableList<MessageTemplate> templates = FXCollections.observableArrayList();
    private final ObservableList<MessageTemplate> templatesView = FXCollections.unmodifiableObservableList(templates);
    private final ReadOnlyStringWrapper nameProblem = new ReadOnlyStringWrapper(this, "nameProblem", "");
    private final ReadOnlyStringWrapper placeholderProblem = new ReadOnlyStringWrapper(this, "placeholderProblem", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper changed = new ReadOnlyBooleanWrapper(this, "changed");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    // Commands

    private final Command save;
    private final Command delete;
    private final Command create;

    /// Edits not saved yet, by template, for the templates not shown.
    private final Map<UUID, Edit> edits = new HashMap<>();
    private UUID shownId;
    private boolean showing;
    private final Subscription following;

    private record Edit(String name, String subject, String body) {

        static Edit of(MessageTemplate template) {
            return new Edit(template.name(), template.subject(), template.body());
        }
    }

    public TemplateEditorViewModel(Store store, Workspace workspace, TaskExecutor executor, DialogService dialogs) {
        this.store = store;
        this.workspace = workspace;
        this.executor = executor;
        this.dialogs = dialogs;
        this.save = Command.when(selected.isNotNull().and(changed).and(nameProblem.isEmpty()).and(busy.not()),
                this::saveShown);
        this.delete = Command.when(selected.isNotNull().and(busy.not()), this::deleteShown);
        this.create = Command.when(busy.not(), this::createTemplate);
        selected.addListener((_, _, template) -> show(template));
        name.addListener(_ -> check());
        subject.addListener(_ -> check());
        body.addListener(_ -> check());
        following = workspace.onChanges(this::changed);
        reload(null);
    }

    /// Stops following the journal; the dialog calls it when it closes.
    public void close() {
        following.unsubscribe();
    }

    private void changed(List<JournalEntry> entries) {
        if (entries.stream().anyMatch(entry -> entry.entity() == EntityType.TEMPLATE
                || entry.entity() == EntityType.DATABASE)) {
            reload(shownId);
        }
    }

    /// Reads the templates again and shows `id` (or the first).
    private void reload(UUID id) {
        executor.execute(() -> store.templates().all(), all -> {
            keepEdit();
            templates.setAll(all);
            MessageTemplate pick = all.stream().filter(t -> t.id().equals(id)).findFirst()
                    .orElse(all.isEmpty() ? null : all.getFirst());
            if (pick == null) {
                shownId = null;
                display(new Edit("", "", ""));
            } else if (pick.id().equals(shownId)) {
                // The same template, perhaps changed meanwhile: what is stored now, or the edit still pending.
                display(Objects.requireNonNullElseGet(edits.remove(pick.id()), () -> Edit.of(pick)));
            }
            selected.set(pick);
        }, this::failed);
    }

    private void show(MessageTemplate template) {
        if (template == null || template.id().equals(shownId)) {
            return;
        }
        keepEdit();
        shownId = template.id();
        display(Objects.requireNonNullElseGet(edits.remove(template.id()), () -> Edit.of(template)));
    }

    private void display(Edit edit) {
        showing = true;
        name.set(edit.name());
        subject.set(edit.subject());
        body.set(edit.body());
        showing = false;
        check();
    }

    private void keepEdit() {
        stored(shownId).filter(template -> !Edit.of(template).equals(shownEdit()))
                .ifPresent(template -> edits.put(template.id(), shownEdit()));
    }

    private Edit shownEdit() {
        return new Edit(Text.orEmpty(name.get()), Text.orEmpty(subject.get()), Text.orEmpty(body.get()));
    }

    private Optional<MessageTemplate> stored(UUID id) {
        return templates.stream().filter(template -> template.id().equals(id)).findFirst();
    }

    private void check() {
        if (showing) {
            return;
        }
        Edit edit = shownEdit();
        nameProblem.set(nameProblem(edit.name()));
        placeholderProblem.set(StatusMessage.problem(StatusMessage.unknownPlaceholders(edit.subject(), edit.body())));
        changed.set(stored(shownId).map(template -> !Edit.of(template).equals(edit)).orElse(false));
    }

    private String nameProblem(String wanted) {
        if (wanted.isEmpty()) {
            return "Give the template a name.";
        }
        if (wanted.length() > MessageTemplate.NAME_LENGTH) {
            return "At most " + MessageTemplate.NAME_LENGTH + " characters.";
        }
        return templates.stream()
                .filter(other -> !other.id().equals(shownId) && other.name().equalsIgnoreCase(wanted))
                .findFirst().map(other -> "There is already a template called “" + other.name() + "”.")
                .orElse("");
    }

    // Commands

    private void saveShown() {
        MessageTemplate stored = selected.get();
        Edit edit = shownEdit();
        MessageTemplate changedTemplate = new MessageTemplate(stored.id(), edit.name(), edit.subject(), edit.body(),
                stored.updatedAt());
        Operator by = workspace.operator();
        run(() -> store.templates().save(changedTemplate, by), saved -> {
            message.set("Saved “" + saved.name() + "”.");
            templates.replaceAll(template -> template.id().equals(saved.id()) ? saved : template);
            check();
            reload(saved.id());
        });
    }

    private void deleteShown() {
        MessageTemplate shown = selected.get();
        if (!dialogs.confirm("Delete the template?", "Delete “" + shown.name() + "”? Updates already sent "
                + "keep their text; nobody can pick this template any more.")) {
            return;
        }
        Operator by = workspace.operator();
        run(() -> store.templates().delete(shown.id(), by), _ -> {
            edits.remove(shown.id());
            shownId = null;
            message.set("Deleted “" + shown.name() + "”.");
            reload(null);
        });
    }

    private void createTemplate() {
        Optional<String> wanted = dialogs.askText("New template", "Name of the new template", "")
                .map(Text::orEmpty).filter(text -> !text.isEmpty());
        if (wanted.isEmpty()) {
            return;
        }
        MessageTemplate fresh = new MessageTemplate(UUID.randomUUID(), wanted.get(), "{incident} update for {customer}",
                "Hello {contact},\n\n\n\nKind regards,\n{sender}", Instant.EPOCH);
        Operator by = workspace.operator();
        run(() -> store.templates().save(fresh, by), saved -> {
            message.set("Added “" + saved.name() + "”: write its subject and body, then save.");
            reload(saved.id());
        });
    }

    private <T> void run(Callable<T> work, Consumer<T> done) {
        if (workspace.operator() == null) {
            message.set("Sign in first: the journal names who changed each template.");
            return;
        }
        busy.set(true);
        executor.execute(work, result -> {
            busy.set(false);
            done.accept(result);
        }, this::failed);
    }

    private void failed(Throwable failure) {
        busy.set(false);
        message.set(Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getSimpleName()));
    }

    /// The names of the templates with changes not saved yet, the shown one included.
    public List<String> unsavedNames() {
        keepEdit();
        List<String> names = new ArrayList<>();
        templates.stream().filter(template -> edits.containsKey(template.id()))
                .forEach(template -> names.add(template.name()));
        return names;
    }

    /// Whether the editor may close: when changes are not saved, the operator is asked.
    public boolean mayClose() {
        List<String> unsaved = unsavedNames();
        return unsaved.isEmpty() || dialogs.confirm("Close without saving?", "Changes to "
                + unsaved.stream().map(name -> "“" + name + "”").collect(Collectors.joining(", "))
                + " are not saved. Close and lose them?");
    }

    /// True when `template` has changes not saved yet, for the list to mark it.
    public boolean isUnsaved(MessageTemplate template) {
        return template.id().equals(shownId) ? changed.get() : edits.containsKey(template.id());
    }

    // Properties

    public ObservableList<MessageTemplate> templates() {
        return templatesView;
    }

    /// Every placeholder with what it is filled with, for the editor's list.
    public List<Placeholder> placeholders() {
        return List.of(Placeholder.values());
    }

    /// The template being edited; the view keeps it in step with the list.
    public ObjectProperty<MessageTemplate> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public ReadOnlyStringProperty nameProblemProperty() {
        return nameProblem.getReadOnlyProperty();
    }

    /// Unknown `{words}` in the subject or body; a warning, since the template may still be saved.
    public ReadOnlyStringProperty placeholderProblemProperty() {
        return placeholderProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /// The shown template differs from what is stored.
    public ReadOnlyBooleanProperty changedProperty() {
        return changed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public Command saveCommand() {
        return save;
    }

    public Command deleteCommand() {
        return delete;
    }

    public Command createCommand() {
        return create;
    }
}
