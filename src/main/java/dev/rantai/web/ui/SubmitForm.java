package dev.rantai.web.ui;

import java.util.Optional;

/** The block-data form as it is shown again: what was typed, and why it was refused. */
public record SubmitForm(String data, Optional<String> error) {
    static final SubmitForm EMPTY = new SubmitForm("", Optional.empty());
}
