package dev.sitrep.domain;

/// A person to call at a customer. Any part may be blank.
public record Contact(String name, String phone, String email) {

    public static final Contact NONE = new Contact("", "", "");

    public Contact {
        name = Text.orEmpty(name);
        phone = Text.orEmpty(phone);
        email = Text.orEmpty(email);
    }
}
