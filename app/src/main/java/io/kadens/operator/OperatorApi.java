package io.kadens.operator;

import io.kadens.organisation.OrganisationOverview;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class OperatorApi {

    private final OperatorConsole console;

    OperatorApi(OperatorConsole console) {
        this.console = console;
    }

    @GetMapping("/api/v1/operator/tenants")
    List<OrganisationOverview> tenants() {
        return console.tenants();
    }
}
