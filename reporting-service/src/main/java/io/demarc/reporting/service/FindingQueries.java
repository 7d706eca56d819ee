package io.demarc.reporting.service;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.demarc.reporting.mapping.FindingMapper;
import io.demarc.reporting.repository.FindingCriteria;
import io.demarc.reporting.repository.FindingRepository;
import io.demarc.reporting.rest.FindingDetail;
import io.demarc.reporting.rest.FindingSummary;
import io.demarc.service.rest.Page;
import io.demarc.service.rest.PageRequest;

/** Reads the finding read model of one tenant. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FindingQueries {

    @Inject
    FindingRepository repository;

    @Inject
    FindingMapper mapper;

    public Page<FindingSummary> search(FindingCriteria criteria, PageRequest page) {
        long total = repository.count(criteria);
        List<FindingSummary> items = page.beyond(total)
                ? List.of()
                : repository.search(criteria, page).stream().map(mapper::toSummary).toList();
        return Page.of(items, page, total);
    }

    public Optional<FindingDetail> find(String tenantId, String findingId) {
        return repository.findByTenantAndFindingId(tenantId, findingId).map(mapper::toDetail);
    }
}
