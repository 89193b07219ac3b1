package io.kadens.operator;

import io.kadens.tenants.TenantId;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No tenant has this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownTenantException extends RuntimeException {

    public UnknownTenantException(TenantId tenant) {
        super("no tenant " + tenant);
    }
}
