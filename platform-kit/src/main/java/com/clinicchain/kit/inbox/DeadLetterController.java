package com.clinicchain.kit.inbox;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.clinicchain.kit.inbox.DeadLetters.DeadLetter;
import com.clinicchain.kit.security.Caller;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * For operations: a chain admin lists the dead letters of the chain and replays one after fixing its cause, on the
 * service's own port or through the gateway, which routes {@code /api/admin/dead-letters/<service>/**} here for the
 * admin role only (the service checks the role again). Hidden from the OpenAPI documents: they are the partners'
 * contract, served by the gateway at paths it does not route here.
 */
@Hidden
@RestController
@RequestMapping("/admin/dead-letters")
@PreAuthorize("hasRole('admin')")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    List<DeadLetter> list(Caller caller) {
        return deadLetters.list(caller.chainId());
    }

    @PostMapping("/{topic}/{partition}/{offset}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    DeadLetter replay(Caller caller, @PathVariable String topic, @PathVariable int partition, @PathVariable long offset) {
        return deadLetters.replay(caller.chainId(), topic, partition, offset);
    }
}
