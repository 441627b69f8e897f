package org.hedgerow.accounts;

import java.util.List;

import jakarta.validation.constraints.NotNull;

/** The roles that must confirm a password sign-in with a passkey. */
record PasskeyRequirementsView(@NotNull List<@NotNull Role> roles) {
}
