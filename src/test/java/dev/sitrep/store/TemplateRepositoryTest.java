package dev.sitrep.store;

import dev.sitrep.domain.EntityType;
import dev.sitrep.domain.JournalAction;
import dev.sitrep.domain.JournalEntry;
import dev.sitrep.domain.MessageTemplate;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateRepositoryTest extends StoreTestSupport {

    @Test
    void aNewDatabaseHasTheShippedTemplatesByName() {
        List<MessageTemplate> templates = store.templates().all();

        assertThat(templates).extracting(MessageTemplate::name)
                .containsExactly("Planned downtime agreed", "Service restored", "Status update");
        assertThat(templates).allSatisfy(template -> {
            assertThat(template.subject()).contains("{incident}").contains("{customer}");
            assertThat(template.body()).contains("{contact}").contains("{sender}");
        });
    }

    @Test
    void aNewTemplateIsStoredWithItsTimeAndJournaled() {
        long before = store.journal().latestSeq();
        clock.set(START.plus(Duration.ofMinutes(5)));

        MessageTemplate saved = store.templates().save(template("Hourly update"), priya);

        assertThat(saved.updatedAt()).isEqualTo(START.plus(Duration.ofMinutes(5)));
        assertThat(store.templates().find(saved.id())).contains(saved);
        JournalEntry entry = journalAfter(before).getFirst();
        assertThat(entry.entity()).isEqualTo(EntityType.TEMPLATE);
        assertThat(entry.action()).isEqualTo(JournalAction.CREATED);
        assertThat(entry.entityId()).isEqualTo(saved.id().toString());
        assertThat(entry.incidentId()).isNull();
        assertThat(entry.detail("name")).isEqualTo("Hourly update");
        assertThat(entry.actor()).isEqualTo("Priya Shah");
    }

    @Test
    void anUpdateJournalsTheChangedFieldsAndTheOldNameOfARename() {
        MessageTemplate saved = store.templates().save(template("Hourly update"), priya);
        long before = store.journal().latestSeq();
        clock.set(START.plus(Duration.ofHours(1)));

        MessageTemplate renamed = store.templates().save(new MessageTemplate(saved.id(), "Two-hourly update",
                saved.subject(), "New body {customer}", saved.updatedAt()), priya);

        assertThat(renamed.updatedAt()).isEqualTo(START.plus(Duration.ofHours(1)));
        JournalEntry entry = journalAfter(before).getFirst();
        assertThat(entry.action()).isEqualTo(JournalAction.UPDATED);
        assertThat(entry.detail("fields")).isEqualTo("name,body");
        assertThat(entry.detail("previousName")).isEqualTo("Hourly update");
        assertThat(entry.detail("name")).isEqualTo("Two-hourly update");
    }

    @Test
    void savingAnUnchangedTemplateWritesNothing() {
        MessageTemplate saved = store.templates().save(template("Hourly update"), priya);
        long before = store.journal().latestSeq();
        clock.set(START.plus(Duration.ofHours(1)));

        MessageTemplate again = store.templates().save(saved, priya);

        assertThat(again).isEqualTo(saved);
        assertThat(store.journal().latestSeq()).isEqualTo(before);
    }

    @Test
    void aNameAnotherTemplateHasIsRefusedIgnoringCaseWithAClearMessage() {
        long before = store.journal().latestSeq();

        assertThatThrownBy(() -> store.templates().save(template("status UPDATE"), priya))
                .isInstanceOf(StoreException.class)
                .hasMessage("Template name: there is already a template called “Status update”. Choose another "
                        + "name, or open that one to change it.")
                .extracting(e -> ((StoreException) e).reason()).isEqualTo(StoreException.Reason.REJECTED);
        assertThat(store.templates().all()).hasSize(3);
        assertThat(store.journal().latestSeq()).isEqualTo(before);
    }

    @Test
    void aBlankNameOrAnOverlongBodyIsRefused() {
        assertThatThrownBy(() -> store.templates().save(template("  "), priya))
                .hasMessage("Template name: give the template a name.");
        assertThatThrownBy(() -> store.templates().save(new MessageTemplate(UUID.randomUUID(), "Long", "",
                "x".repeat(MessageTemplate.BODY_LENGTH + 1), START), priya))
                .hasMessage("Body: 20,001 characters, but at most 20,000 fit.");
    }

    @Test
    void aDeletedTemplateIsGoneAndJournaledWithItsName() {
        MessageTemplate saved = store.templates().save(template("Hourly update"), priya);
        long before = store.journal().latestSeq();

        assertThat(store.templates().delete(saved.id(), priya)).isTrue();

        assertThat(store.templates().find(saved.id())).isEmpty();
        JournalEntry entry = journalAfter(before).getFirst();
        assertThat(entry.action()).isEqualTo(JournalAction.DELETED);
        assertThat(entry.detail("name")).isEqualTo("Hourly update");
    }

    @Test
    void deletingATemplateThatIsGoneWritesNothing() {
        long before = store.journal().latestSeq();

        assertThat(store.templates().delete(UUID.randomUUID(), priya)).isFalse();

        assertThat(store.journal().latestSeq()).isEqualTo(before);
    }

    private MessageTemplate template(String name) {
        return new MessageTemplate(UUID.randomUUID(), name, "{incident} for {customer}", "Hello {contact}", START);
    }
}
