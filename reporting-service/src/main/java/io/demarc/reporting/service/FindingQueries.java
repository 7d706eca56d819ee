package io.demarc.reporting.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.reporting.mapping.FindingMapper;
import io.demarc.reporting.model.Finding;
import io.demarc.reporting.repository.FindingCriteria;
import io.demarc.reporting.repository.FindingRepository;
import io.demarc.reporting.repository.FindingRepository.Position;
import io.demarc.reporting.rest.FindingDetail;
import io.demarc.reporting.rest.FindingSummary;
import io.demarc.service.rest.CursorPage;
import io.demarc.service.rest.CursorRequest;
import io.demarc.service.rest.HttpProblems;

/** Reads the finding read model of one tenant. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FindingQueries {

    /** Severity ranks run from 0 (CRITICAL) to 4 (INFORMATIONAL). */
    private static final int LOWEST_RANK = 4;

    @Inject
    FindingRepository repository;

    @Inject
    FindingMapper mapper;

    /** One page of the findings that match, most severe first, then by finding id. */
    public CursorPage<FindingSummary> search(FindingCriteria criteria, CursorRequest request) {
        List<Finding> rows = repository.page(criteria, position(request.after()), request.fetchSize());
        return CursorPage.of(rows, request, FindingQueries::cursorKey, mapper::toSummary);
    }

    public Optional<FindingDetail> find(String tenantId, String findingId) {
        return repository.findByTenantAndFindingId(tenantId, findingId).map(mapper::toDetail);
    }

    private static String cursorKey(Finding finding) {
        return finding.severityRank + "|" + finding.findingId;
    }

    /** @throws io.quarkiverse.resteasy.problem.HttpProblem 400 when the key was not made by {@link #cursorKey} */
    private static Position position(String key) {
        if (key == null) {
            return null;
        }
        int bar = key.indexOf('|');
        try {
            short rank = bar < 0 ? -1 : Short.parseShort(key.substring(0, bar));
            if (rank >= 0 && rank <= LOWEST_RANK && bar < key.length() - 1) {
                return new Position(rank, key.substring(bar + 1));
            }
        } catch (NumberFormatException e) {
            // falls through to the 400 below
        }
        throw HttpProblems.badRequest(CursorRequest.FORGED);
    }
}
