package dev.sitrep.io.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

/// Writes an [EmailDraft] as an `.eml` file that Outlook and Thunderbird open as an unsent draft, ready to
/// check and send: for the day the ticketing system is down but someone's mail still works.
///
/// The file is an RFC 5322 message with MIME, written by Jakarta Mail: a UTF-8 subject as encoded-words, a
/// UTF-8 plain-text body in quoted-printable (readable in a text editor, safe through any mail relay), the
/// customer's contact in `To:` when the address is valid, and `X-Unsent: 1`, the header that makes mail
/// programs open the file for editing instead of as a received message. It has no `From:`: the mail program
/// fills in the operator's own account.
public final class EmlWriter {

    /// The header that marks a message as a draft to Outlook and Thunderbird.
    public static final String UNSENT_HEADER = "X-Unsent";

    private EmlWriter() {
    }

    /// What was written: the file, and the `To:` address as written (empty when the draft has none).
    public record Written(Path file, String to) {
    }

    /// Writes `draft` to `file`, replacing it. The file appears only when complete.
    ///
    /// @throws UncheckedIOException when the file cannot be written
    public static Written write(EmailDraft draft, Path file) {
        Optional<InternetAddress> to = recipient(draft);
        Path partial = file.resolveSibling(file.getFileName() + ".part");
        try {
            MimeMessage message = message(draft, to);
            try (OutputStream out = Files.newOutputStream(partial)) {
                message.writeTo(out);
            }
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Written(file, to.map(EmlWriter::display).orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + ": " + e.getMessage(), e);
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not build the e-mail: " + e.getMessage(), e);
        } finally {
            deleteQuietly(partial);
        }
    }

    /// The draft's recipient, when its address is a valid one.
    public static Optional<InternetAddress> recipient(EmailDraft draft) {
        if (draft.toAddress().isEmpty()) {
            return Optional.empty();
        }
        try {
            InternetAddress address = new InternetAddress(draft.toAddress(), true);
            address.validate();
            if (!draft.toName().isEmpty()) {
                address.setPersonal(draft.toName(), StandardCharsets.UTF_8.name());
            }
            return Optional.of(address);
        } catch (AddressException | UnsupportedEncodingException e) {
            return Optional.empty();
        }
    }

    /// "Jo Bloggs <jo@example.com>", as people read an address.
    private static String display(InternetAddress address) {
        String name = address.getPersonal();
        return name == null || name.isBlank() ? address.getAddress() : name + " <" + address.getAddress() + ">";
    }

    private static MimeMessage message(EmailDraft draft, Optional<InternetAddress> to) throws MessagingException {
        MimeMessage message = new Draft(Session.getInstance(new Properties()));
        if (to.isPresent()) {
            message.setRecipient(Message.RecipientType.TO, to.get());
        }
        message.setSubject(draft.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(draft.date()));
        message.setText(withCrlf(draft.body()), StandardCharsets.UTF_8.name());
        message.setHeader("Content-Transfer-Encoding", "quoted-printable");
        message.setHeader(UNSENT_HEADER, "1");
        message.saveChanges();
        return message;
    }

    /// Mail's line breaks are CR LF, whatever the operator's platform typed.
    private static String withCrlf(String text) {
        return text.replaceAll("\r\n|\r|\n", "\r\n");
    }

    /// A message that makes up its own `Message-ID` instead of asking the network for this machine's name,
    /// which can hang for a long time on the day the network is what is down.
    private static final class Draft extends MimeMessage {

        Draft(Session session) {
            super(session);
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + UUID.randomUUID() + "@sitrep.invalid>");
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // Only a leftover of a failed write; the failure itself is what gets reported.
        }
    }
}
