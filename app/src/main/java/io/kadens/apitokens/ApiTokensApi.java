package io.kadens.apitokens;

import io.kadens.platform.ResourceNotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own personal access tokens, and the organisation's token policy, over REST. */
@RestController
@RequestMapping("/api/v1/api-tokens")
@Tag(name = "Access tokens", description = "Your personal access tokens; the organisation's longest token lifetime.")
class ApiTokensApi {

    private final ApiTokens tokens;

    ApiTokensApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    /** A token to create: expiry one of DAYS_30, DAYS_90, DAYS_365, NEVER; scope READ or READ_WRITE. */
    record NewToken(String name, TokenExpiry expiry, TokenScope scope) {
    }

    /** The organisation's rule and what it leaves to choose. */
    record Policy(Integer maxLifetimeDays, List<TokenExpiry> allowedExpiries) {
    }

    record PolicyChange(Integer maxLifetimeDays) {
    }

    @Operation(summary = "Your tokens, open ones first (never their text)")
    @GetMapping
    List<ApiTokenSummary> mine() {
        return tokens.mine();
    }

    @Operation(summary = "Create a token; its text is in this answer only. 400 at \"expiry\" beyond the "
            + "organisation's longest lifetime")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IssuedApiToken create(@RequestBody NewToken token) {
        return tokens.create(token.name(), token.expiry(), token.scope());
    }

    @Operation(summary = "Revoke one of your tokens (HR admins: anyone's); 404 for any other id")
    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable UUID id) {
        try {
            tokens.revoke(id);
        } catch (AccessDeniedException notYours) {
            throw new ResourceNotFoundException("api-token", id);
        }
    }

    @Operation(summary = "The organisation's longest token lifetime (null: no limit) and the expiries allowed now")
    @GetMapping("/policy")
    Policy policy() {
        return new Policy(tokens.maxLifetimeDays().orElse(null), tokens.allowedExpiries());
    }

    @Operation(summary = "Set the organisation's longest token lifetime in days, or null for none (HR admins)")
    @PutMapping("/policy")
    Policy setPolicy(@RequestBody PolicyChange change) {
        tokens.setMaxLifetimeDays(change.maxLifetimeDays());
        return policy();
    }
}
