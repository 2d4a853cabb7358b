package com.clinicchain.staffweb.deadletters;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.clinicchain.staffweb.gateway.Gateway;
import com.clinicchain.staffweb.gateway.GatewayProblem;
import com.clinicchain.staffweb.gateway.GatewayUnavailable;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The services' dead-lettered events (records they could never process), listed with their error, and replayed one
 * at a time once the admin has fixed the cause; through the gateway's {@code /api/admin/dead-letters/{service}}, which
 * lets admins alone through. A service that does not answer is said so, the others still listed.
 */
@Controller
class DeadLettersController {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record DeadLetter(String topic, int partition, long offset, String key, String chainId, String eventType,
                      String error, Instant failedAt) {
    }

    private final Gateway gateway;

    DeadLettersController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/admin/dead-letters")
    String list(Model model) {
        List<DeadLetterLine> lines = new ArrayList<>();
        Map<String, String> unanswered = new LinkedHashMap<>();
        for (String service : DeadLetterLine.SERVICES) {
            try {
                for (DeadLetter letter : gateway.get("/api/admin/dead-letters/{service}", DeadLetter[].class, service)) {
                    lines.add(new DeadLetterLine(service, letter.topic(), letter.partition(), letter.offset(),
                            letter.key(), letter.eventType(), letter.error(), letter.failedAt()));
                }
            } catch (GatewayProblem e) {
                unanswered.put(service, e.problem().inWords());
            } catch (GatewayUnavailable e) {
                unanswered.put(service, "not answering (" + e.getMessage() + ")");
            }
        }
        lines.sort(Comparator.comparing(DeadLetterLine::failedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        model.addAttribute("letters", lines);
        model.addAttribute("unanswered", unanswered);
        return "admin/dead-letters";
    }

    @PostMapping("/admin/dead-letters/{service}/{topic}/{partition}/{offset}/replay")
    String replay(@PathVariable String service, @PathVariable String topic, @PathVariable int partition,
                  @PathVariable long offset, RedirectAttributes redirect) {
        if (!DeadLetterLine.known(service) || !DeadLetterLine.validTopic(topic)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        try {
            gateway.post("/api/admin/dead-letters/{service}/{topic}/{partition}/{offset}/replay", Map.of(), Map.class,
                    headers -> { }, service, topic, partition, offset);
            redirect.addFlashAttribute("replayMessage", "Replayed " + topic + " " + partition + "/" + offset
                    + ": the service processes it again (an event applied after all is skipped).");
        } catch (GatewayProblem e) {
            redirect.addFlashAttribute("replayProblem", e.problem().inWords());
        }
        return "redirect:/admin/dead-letters";
    }
}
