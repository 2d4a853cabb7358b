package com.clinicchain.patient.consent;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.kit.openapi.Created;
import com.clinicchain.kit.security.Caller;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Templates hold no patient data, so plain role checks suffice here (no audit entry). */
@Tag(name = "Consent templates", description = "The texts a patient consents to, one current version per type and chain.")
@RestController
class ConsentTemplateController {

    private final ConsentTemplates templates;

    ConsentTemplateController(ConsentTemplates templates) {
        this.templates = templates;
    }

    record PublishTemplateRequest(@NotNull ConsentType type, @NotBlank @Size(max = 20_000) String body) {
    }

    @Operation(operationId = "publishConsentTemplate", tags = "Consent templates", summary = "Publish a consent template",
            description = "Publishes a new version of the chain's template of a type; consents given later refer to "
            + "it. Roles: admin. Not for partner tokens. Lists only what the caller's chain holds.")
    @Created
    @PostMapping("/api/consent-templates")
    @PreAuthorize("hasRole('admin')")
    ResponseEntity<ConsentTemplate> publish(Caller caller, @Valid @RequestBody PublishTemplateRequest request) {
        ConsentTemplate published = templates.publish(caller.chainId(), request.type(), request.body().strip(),
                caller.username());
        return ResponseEntity.created(URI.create("/api/consent-templates?type=" + published.type()))
                .body(published);
    }

    @Operation(operationId = "listConsentTemplates", tags = "Consent templates", summary = "List consent templates",
            description = "The chain's templates, every version, optionally of one `type`. Roles: receptionist, "
            + "practitioner, manager, admin. Not for partner tokens. Lists only what the caller's chain "
            + "holds.")
    @GetMapping("/api/consent-templates")
    @PreAuthorize("hasAnyRole('receptionist', 'practitioner', 'manager', 'admin')")
    List<ConsentTemplate> list(Caller caller, @RequestParam(required = false) ConsentType type) {
        return templates.list(caller.chainId(), type);
    }
}
