package org.hedgerow.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record SignIn(@NotBlank @Size(max = 40) String username, @NotBlank @Size(max = 128) String password) {
}
