package io.demarc.reporting.rest;

import jakarta.ws.rs.core.Response;

import io.quarkiverse.resteasy.problem.HttpProblem;

/** The optional {@code ?accountId=} that narrows a view to one AWS account. */
final class AccountParameter {

    private AccountParameter() {
    }

    /** Null when absent; the 12-digit id otherwise. Throws a 400 problem for anything else. */
    static String validated(String accountId) {
        if (accountId == null || accountId.isBlank()) {
            return null;
        }
        if (!accountId.matches("\\d{12}")) {
            throw HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Bad Request")
                    .withDetail("accountId must be a 12-digit AWS account id").build();
        }
        return accountId;
    }
}
