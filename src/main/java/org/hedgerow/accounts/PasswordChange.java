package org.hedgerow.accounts;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record PasswordChange(@NotBlank String currentPassword,
                      @NotNull @Size(min = 12, max = 128, message = "must be 12 to 128 characters") String newPassword) {
}
