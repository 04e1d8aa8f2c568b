package org.citizendialogue.account;

import java.util.Set;

import org.citizendialogue.shared.Roles;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who must complete the second step of sign-in: everyone who enrolled, and everyone with a
 * back-office role (moderator, staff, admin; ASVS 4.3.1) unless
 * {@code dialogue.second-factor.back-office=optional} (for load tests that sign in by script).
 * Decision 023.
 */
@Component
class SecondFactorPolicy {

    private static final Set<Roles> BACK_OFFICE = Set.of(Roles.MODERATOR, Roles.STAFF, Roles.ADMIN);

    private final boolean backOfficeRequired;

    SecondFactorPolicy(@Value("${dialogue.second-factor.back-office:required}") String backOffice) {
        if (!backOffice.equals("required") && !backOffice.equals("optional")) {
            throw new IllegalStateException(
                    "dialogue.second-factor.back-office must be 'required' or 'optional', not '" + backOffice + "'");
        }
        this.backOfficeRequired = backOffice.equals("required");
    }

    boolean required(Set<Roles> roles, boolean enrolled) {
        return enrolled || backOfficeRequired && roles.stream().anyMatch(BACK_OFFICE::contains);
    }
}
