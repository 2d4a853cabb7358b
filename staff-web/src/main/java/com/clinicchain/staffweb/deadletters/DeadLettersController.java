package com.clinicchain.staffweb.deadletters;

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

import com.clinicchain.staffweb.deadletters.DeadLetterLine.DeadLetter;
import com.clinicchain.staffweb.gateway.Gateway;
import com.clinicchain.staffweb.gateway.GatewayProblem;
import com.clinicchain.staffweb.gateway.GatewayUnavailable;

/**
 * The services' dead-lettered events (records they could never process), listed with their error, and replayed one
 * at a time once the admin has fixed the cause; through the gateway's {@code /api/admin/dead-letters/{service}}, which
 * lets admins alone through. A service that does not answer is said so, the others still listed.
 */
@Controller
class DeadLettersController {

    private final Gateway gateway;

    DeadLettersController(Gateway gateway) {
        this.gateway = gateway;
    }

    @GetMapping("/admin/dead-letters")
    String list(Model model) {
        Map<String, List<DeadLetter>> byService = new LinkedHashMap<>();
        Map<String, String> unanswered = new LinkedHashMap<>();
        for (String service : DeadLetterLine.SERVICES) {
            try {
                byService.put(service, List.of(gateway.get("/api/admin/dead-letters/{service}", DeadLetter[].class,
                        service)));
            } catch (GatewayProblem e) {
                unanswered.put(service, e.problem().inWords());
            } catch (GatewayUnavailable e) {
                unanswered.put(service, "not answering (" + e.getMessage() + ")");
            }
        }
        List<DeadLetterLine> lines = DeadLetterLine.merge(byService);
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
                    + ": it is back on its topic for every service that reads it (one that applied it already skips it).");
        } catch (GatewayProblem e) {
            redirect.addFlashAttribute("replayProblem", e.problem().inWords());
        }
        return "redirect:/admin/dead-letters";
    }
}
