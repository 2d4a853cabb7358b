package com.clinicchain.staffweb.gateway;

/** The gateway, or a service behind it, refused the request with a problem. */
public class GatewayProblem extends RuntimeException {

    private final Problem problem;

    GatewayProblem(Problem problem) {
        super("the platform answered " + problem.status() + " " + problem.kind());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
