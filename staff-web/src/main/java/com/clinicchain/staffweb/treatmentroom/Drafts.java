package com.clinicchain.staffweb.treatmentroom;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;
import org.springframework.web.util.WebUtils;

import jakarta.servlet.http.HttpSession;

/** The drafts of the signed-in person, per session id, in their server-side web session (gone at sign-out). */
@Component
class Drafts {

    private static final String ATTRIBUTE = Drafts.class.getName();

    Draft of(HttpSession web, UUID sessionId) {
        return all(web).getOrDefault(sessionId, Draft.EMPTY);
    }

    Draft change(HttpSession web, UUID sessionId, UnaryOperator<Draft> change) {
        return all(web).compute(sessionId, (id, draft) -> change.apply(draft == null ? Draft.EMPTY : draft));
    }

    void forget(HttpSession web, UUID sessionId) {
        all(web).remove(sessionId);
    }

    @SuppressWarnings("unchecked")
    private static Map<UUID, Draft> all(HttpSession web) {
        synchronized (WebUtils.getSessionMutex(web)) {
            Object drafts = web.getAttribute(ATTRIBUTE);
            if (drafts == null) {
                drafts = new ConcurrentHashMap<UUID, Draft>();
                web.setAttribute(ATTRIBUTE, drafts);
            }
            return (Map<UUID, Draft>) drafts;
        }
    }
}
