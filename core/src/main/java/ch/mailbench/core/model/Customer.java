package ch.mailbench.core.model;

import java.util.Objects;

/**
 * A small business whose email the technician looks after. {@code id} is 0 until stored;
 * {@code version} guards against overwriting someone else's newer edit.
 */
public record Customer(long id, long version, String name, String contactPerson, String phone,
                       String email, SheetLanguage sheetLanguage, String notes) {

    public Customer {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("The customer name is empty");
        }
        name = name.strip();
        contactPerson = Text.orEmpty(contactPerson);
        phone = Text.orEmpty(phone);
        email = Text.orEmpty(email);
        if (!email.isEmpty()) {
            EmailAddress.parse(email);
        }
        Objects.requireNonNull(sheetLanguage, "sheetLanguage");
        notes = Text.orEmpty(notes);
    }

    /** A customer not yet stored. */
    public static Customer create(String name, SheetLanguage language) {
        return new Customer(0, 0, name, "", "", "", language, "");
    }

    public boolean isStored() {
        return id != 0;
    }

    public Customer withName(String newName) {
        return new Customer(id, version, newName, contactPerson, phone, email, sheetLanguage, notes);
    }

    public Customer withContact(String newContactPerson, String newPhone, String newEmail) {
        return new Customer(id, version, name, newContactPerson, newPhone, newEmail, sheetLanguage, notes);
    }

    public Customer withSheetLanguage(SheetLanguage language) {
        return new Customer(id, version, name, contactPerson, phone, email, language, notes);
    }

    public Customer withNotes(String newNotes) {
        return new Customer(id, version, name, contactPerson, phone, email, sheetLanguage, newNotes);
    }

    /** The same customer as stored under this id and version. */
    public Customer stored(long newId, long newVersion) {
        return new Customer(newId, newVersion, name, contactPerson, phone, email, sheetLanguage, notes);
    }
}
