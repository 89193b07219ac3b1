package io.kadens.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is signed in as. */
@Tag(name = "Me", description = "Who the caller is.")
@RestController
class MeApi {

    private final CurrentUser currentUser;

    MeApi(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    record Me(UUID id, String email, String displayName, String organisation, List<String> roles, String language) {
    }

    @Operation(summary = "The signed-in person (or token owner) with their roles")
    @GetMapping("/api/v1/me")
    Me me() {
        KadensUser user = currentUser.require();
        return new Me(user.personId(), user.email(), user.displayName(), user.organisationSlug(),
                user.roles().stream().map(Enum::name).sorted().toList(), user.languageTag());
    }
}
