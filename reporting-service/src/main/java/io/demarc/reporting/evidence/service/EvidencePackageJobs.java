package io.demarc.reporting.evidence.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import io.demarc.catalog.frameworks.Framework;
import io.demarc.catalog.frameworks.FrameworkCatalog;
import io.demarc.reporting.evidence.model.EvidencePackage;
import io.demarc.reporting.evidence.model.EvidencePackageStatus;
import io.demarc.reporting.evidence.repository.EvidenceContentStore;
import io.demarc.reporting.evidence.repository.EvidencePackageRepository;
import io.demarc.service.tenancy.TenantScope;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Evidence package jobs: accepted at once (QUEUED), built on a small pool of this replica's threads (RUNNING, step n
 * of m), then SUCCEEDED with the ZIP stored, or FAILED with the reason. Each state change is its own short
 * transaction, so progress is visible while the package is built.
 */
@ApplicationScoped
public class EvidencePackageJobs {

    private static final Logger LOG = Logger.getLogger(EvidencePackageJobs.class);

    @Inject
    EvidencePackageRepository packages;

    @Inject
    EvidenceContentStore contents;

    @Inject
    EvidencePackageBuilder builder;

    @Inject
    FrameworkCatalog catalog;

    @Inject
    EvidenceConfig config;

    @Inject
    Clock clock;

    private ManagedExecutor executor;

    /** Queues a package and starts it when a slot is free; 400 for an unknown framework or a bad period. */
    public EvidencePackage request(String tenantId, String framework, LocalDate from, LocalDate to,
            String requestedBy) {
        String key = catalog.find(framework).map(Framework::key).orElseThrow(() -> HttpProblem.builder()
                .withStatus(Response.Status.BAD_REQUEST).withTitle("Bad Request")
                .withDetail("framework '" + framework + "' is unknown; known: " + catalog.all().stream()
                        .map(Framework::key).collect(Collectors.joining(", ")))
                .build());
        checkPeriod(from, to);
        EvidencePackage job = QuarkusTransaction.requiringNew().call(() -> {
            EvidencePackage p = new EvidencePackage();
            p.packageId = UUID.randomUUID();
            p.tenantId = tenantId;
            p.framework = key;
            p.periodFrom = from;
            p.periodTo = to;
            p.status = EvidencePackageStatus.QUEUED;
            p.stepsTotal = EvidencePackageBuilder.STEPS;
            p.requestedBy = requestedBy;
            p.requestedAt = Instant.now(clock);
            p.progressAt = p.requestedAt;
            packages.persist(p);
            return p;
        });
        PackageRequest request = new PackageRequest(job.packageId, tenantId, key, from, to);
        try {
            // The pool's threads do not carry the application's class loader; without it, lazily created beans (the
            // catalog) would load their classes a second time through the system loader.
            ClassLoader application = Thread.currentThread().getContextClassLoader();
            // The pool's threads carry no tenant either: the job sees only the rows of the tenant that asked.
            executor().runAsync(() -> {
                Thread.currentThread().setContextClassLoader(application);
                TenantScope.run(request.tenantId(), () -> run(request));
            });
        } catch (RejectedExecutionException e) {
            fail(job.packageId, "too many packages are being built; ask again in a few minutes");
            throw HttpProblem.builder().withStatus(Response.Status.SERVICE_UNAVAILABLE).withTitle("Busy")
                    .withDetail("Too many evidence packages are being built; try again in a few minutes").build();
        }
        return job;
    }

    /** The package of this tenant, its status refreshed first when its job has gone silent. */
    public Optional<EvidencePackage> find(String tenantId, UUID packageId) {
        return QuarkusTransaction.requiringNew().call(() -> packages.findByTenantAndId(tenantId, packageId)
                .map(this::failIfStale));
    }

    public List<EvidencePackage> page(String tenantId, Long beforeSeq, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> packages.page(tenantId, beforeSeq, limit).stream()
                .map(this::failIfStale).toList());
    }

    public Optional<byte[]> content(String tenantId, UUID packageId) {
        return QuarkusTransaction.requiringNew().call(() -> contents.load(tenantId, packageId));
    }

    void run(PackageRequest request) {
        boolean started = QuarkusTransaction.requiringNew().call(() -> packages.findByPackageId(request.packageId())
                .filter(p -> p.status == EvidencePackageStatus.QUEUED).map(p -> {
                    p.status = EvidencePackageStatus.RUNNING;
                    p.startedAt = Instant.now(clock);
                    p.progressAt = p.startedAt;
                    return true;
                }).orElse(false));
        if (!started) {
            return;
        }
        try {
            long start = System.nanoTime();
            byte[] zip = builder.build(request, step -> progress(request.packageId(), step));
            LOG.infof("Evidence package %s of tenant %s built in %d ms (%d bytes)", request.packageId(),
                    request.tenantId(), (System.nanoTime() - start) / 1_000_000, zip.length);
            QuarkusTransaction.requiringNew().run(() -> {
                EvidencePackage p = packages.findByPackageId(request.packageId()).orElseThrow();
                contents.store(p.packageId, p.tenantId, zip);
                p.status = EvidencePackageStatus.SUCCEEDED;
                p.stepsDone = p.stepsTotal;
                p.currentStep = null;
                p.finishedAt = Instant.now(clock);
                p.progressAt = p.finishedAt;
                p.sizeBytes = (long) zip.length;
                p.sha256 = HexFormat.of().formatHex(PackageZip.sha256().digest(zip));
                p.signed = builder.signs();
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Evidence package %s of tenant %s failed", request.packageId(), request.tenantId());
            fail(request.packageId(), "the package could not be built (" + e.getClass().getSimpleName()
                    + "); the service log has the details under package " + request.packageId());
        }
    }

    private void progress(UUID packageId, String step) {
        QuarkusTransaction.requiringNew().run(() -> packages.findByPackageId(packageId).ifPresent(p -> {
            if (p.currentStep != null) {
                p.stepsDone++;
            }
            p.currentStep = step;
            p.progressAt = Instant.now(clock);
        }));
    }

    private void fail(UUID packageId, String reason) {
        QuarkusTransaction.requiringNew().run(() -> packages.findByPackageId(packageId).ifPresent(p -> {
            p.status = EvidencePackageStatus.FAILED;
            p.failureReason = reason;
            p.finishedAt = Instant.now(clock);
            p.progressAt = p.finishedAt;
        }));
    }

    private EvidencePackage failIfStale(EvidencePackage p) {
        if (!p.status.finished() && p.progressAt.plus(config.staleAfter()).isBefore(Instant.now(clock))) {
            p.status = EvidencePackageStatus.FAILED;
            p.failureReason = "no progress for " + config.staleAfter().toMinutes()
                    + " minutes: the replica building it stopped; request a new package";
            p.finishedAt = Instant.now(clock);
        }
        return p;
    }

    private void checkPeriod(LocalDate from, LocalDate to) {
        String problem = null;
        if (to.isBefore(from)) {
            problem = "to (" + to + ") is before from (" + from + ")";
        } else if (ChronoUnit.DAYS.between(from, to) + 1 > config.maxPeriodDays()) {
            problem = "the period spans " + (ChronoUnit.DAYS.between(from, to) + 1) + " days; at most "
                    + config.maxPeriodDays() + " are allowed";
        } else if (from.isAfter(LocalDate.now(clock))) {
            problem = "from (" + from + ") is in the future";
        }
        if (problem != null) {
            throw HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Bad Request")
                    .withDetail(problem).build();
        }
    }

    private synchronized ManagedExecutor executor() {
        if (executor == null) {
            executor = ManagedExecutor.builder().maxAsync(config.concurrentJobs()).maxQueued(config.queuedJobs())
                    .build();
        }
        return executor;
    }

    @PreDestroy
    synchronized void shutdown() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
