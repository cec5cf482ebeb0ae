package dev.sitrep.io.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class EmlWriterTest {

    private static final Instant WRITTEN = Instant.parse("2026-11-23T09:30:00Z");
    private static final String SUBJECT = "INC-2026-0001 status update for Zoë Łukasiewicz — 東京: recovering";
    private static final String BODY = """
            Hello Zoë,

            Your devices affected: 3, of which 1 is restored.
            - Patch TYO-EXCH01 (東京): expected by 16:30 UTC

            Kind regards,
            Priya Shah""";

    @TempDir
    Path folder;

    @Test
    void aDraftReadsBackWithItsUnicodeSubjectBodyRecipientAndUnsentMark() throws Exception {
        Path file = folder.resolve("update.eml");

        EmlWriter.Written written = EmlWriter.write(new EmailDraft("Zoë Łukasiewicz", "zoe@example.jp", SUBJECT,
                BODY, WRITTEN), file);
        MimeMessage parsed = parse(file);

        assertThat(written.to()).isEqualTo("Zoë Łukasiewicz <zoe@example.jp>");
        assertThat(parsed.getSubject()).isEqualTo(SUBJECT);
        assertThat(((String) parsed.getContent()).replace("\r\n", "\n")).isEqualTo(BODY);
        assertThat(parsed.getContentType()).containsIgnoringCase("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(parsed.getHeader("X-Unsent")).containsExactly("1");
        InternetAddress to = (InternetAddress) parsed.getRecipients(Message.RecipientType.TO)[0];
        assertThat(to.getAddress()).isEqualTo("zoe@example.jp");
        assertThat(to.getPersonal()).isEqualTo("Zoë Łukasiewicz");
        assertThat(parsed.getSentDate().toInstant()).isEqualTo(WRITTEN);
    }

    @Test
    void theFileItselfIsSevenBitMailWithEncodedWordsAndQuotedPrintable() throws IOException {
        Path file = folder.resolve("update.eml");

        EmlWriter.write(new EmailDraft("Zoë Łukasiewicz", "zoe@example.jp", SUBJECT, BODY, WRITTEN), file);
        String raw = Files.readString(file, StandardCharsets.US_ASCII);

        byte[] bytes = Files.readAllBytes(file);
        for (byte b : bytes) {
            assertThat(b).as("every byte is 7-bit ASCII").isNotNegative();
        }
        assertThat(raw).contains("Subject: =?UTF-8?").contains("X-Unsent: 1")
                .contains("Content-Transfer-Encoding: quoted-printable").contains("MIME-Version: 1.0")
                .contains("\r\n\r\n").doesNotContain("From:");
    }

    @Test
    void withoutAValidAddressTheDraftHasNoRecipientForTheOperatorToFillIn() throws Exception {
        Path file = folder.resolve("update.eml");

        EmlWriter.Written written = EmlWriter.write(new EmailDraft("Jo", "jo at example", "Update", "Text", WRITTEN),
                file);

        assertThat(written.to()).isEmpty();
        assertThat(parse(file).getRecipients(Message.RecipientType.TO)).isNull();
        assertThat(folder.resolve("update.eml.part")).doesNotExist();
    }

    private static MimeMessage parse(Path file) throws IOException, MessagingException {
        try (InputStream in = Files.newInputStream(file)) {
            return new MimeMessage(Session.getInstance(new Properties()), in);
        }
    }
}
