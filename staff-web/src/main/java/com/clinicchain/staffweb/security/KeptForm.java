package com.clinicchain.staffweb.security;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a person had typed into a form they sent after their session had ended: kept on the server while they sign in
 * again, then put back into the same form on the same page, for them alone.
 *
 * @param subject whose typing it is (Keycloak's {@code sub}); anyone else signing in on that browser never sees it
 * @param page    the page the form was on (path and query), where signing in again returns to
 * @param action  the form's target (path and query), which tells the form on that page
 * @param fields  the values as sent, without the CSRF token
 */
public record KeptForm(String subject, String page, String action, Map<String, List<String>> fields) {

    /** A form larger than any of ours is not kept: a session is no place for whatever a client posts. */
    static final int MOST_CHARACTERS = 20_000;

    private static final String CSRF_FIELD = "_csrf";

    /** The browser's word for a request its own page made (Fetch Metadata); older browsers send an Origin only. */
    private static final String SAME_ORIGIN = "same-origin";

    /**
     * The post as it arrived, in plain values.
     *
     * @param fetchSite the {@code Sec-Fetch-Site} header, or null
     * @param origin    the {@code Origin} header, or null
     * @param ownOrigin this server's origin as the browser addresses it
     * @param page      the page the form was on ({@code Referer}'s path and query), or null
     */
    record Post(String method, String contentType, String fetchSite, String origin, String ownOrigin, String page,
                String action, Map<String, String[]> parameters) {
    }

    /**
     * A form post of this application's own pages, from a person known by their ended session, is kept; anything
     * else is not (a cross-site post could otherwise plant values in the form a person signs in to).
     */
    static Optional<KeptForm> of(String subject, Post post) {
        if (subject == null || !"POST".equals(post.method()) || post.page() == null
                || post.contentType() == null || !post.contentType().startsWith("application/x-www-form-urlencoded")
                || !fromOwnPage(post)) {
            return Optional.empty();
        }
        Map<String, List<String>> fields = new LinkedHashMap<>();
        int characters = 0;
        for (Map.Entry<String, String[]> parameter : post.parameters().entrySet()) {
            if (parameter.getKey().equals(CSRF_FIELD)) {
                continue;
            }
            fields.put(parameter.getKey(), List.of(parameter.getValue()));
            characters += parameter.getKey().length();
            for (String value : parameter.getValue()) {
                characters += value.length();
            }
        }
        if (fields.isEmpty() || characters > MOST_CHARACTERS) {
            return Optional.empty();
        }
        return Optional.of(new KeptForm(subject, post.page(), post.action(), fields));
    }

    private static boolean fromOwnPage(Post post) {
        if (post.fetchSite() != null) {
            return SAME_ORIGIN.equals(post.fetchSite());
        }
        return post.origin() != null && post.origin().equals(post.ownOrigin());
    }

    /** Whether a page shown to this person is the one to put the form back into. */
    boolean belongsOn(String shownPage, String signedIn) {
        return page.equals(shownPage) && subject.equals(signedIn);
    }
}
