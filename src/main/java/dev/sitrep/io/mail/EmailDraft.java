package dev.sitrep.io.mail;

import dev.sitrep.domain.Text;

import java.time.Instant;
import java.util.Objects;

/// A status update as an e-mail draft, for the operator's mail program to open and send.
///
/// @param toName    the recipient's name, or empty
/// @param toAddress the recipient's e-mail address, or empty when none is on file: the draft then has no `To:`
/// @param date      when it was written
public record EmailDraft(String toName, String toAddress, String subject, String body, Instant date) {

    public EmailDraft {
        toName = Text.orEmpty(toName);
        toAddress = Text.orEmpty(toAddress);
        subject = Text.orEmpty(subject);
        body = Objects.requireNonNullElse(body, "");
        Objects.requireNonNull(date, "date");
    }
}
