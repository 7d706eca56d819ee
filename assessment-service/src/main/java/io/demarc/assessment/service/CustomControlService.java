package io.demarc.assessment.service;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.demarc.assessment.model.CustomControlRow;
import io.demarc.assessment.model.CustomControlRowId;
import io.demarc.assessment.repository.CustomControlRepository;
import io.demarc.catalog.controls.CompiledControl;
import io.demarc.catalog.controls.Control;
import io.demarc.contracts.EventCodec;

/**
 * A tenant's own controls: accepted only once they compile, and applied at once: every stored resource of the
 * control's types is evaluated again in the same transaction, so the findings never lag behind the rules.
 */
@ApplicationScoped
@Transactional
public class CustomControlService {

    private static final Logger LOG = Logger.getLogger(CustomControlService.class);

    @Inject
    CustomControlRepository controls;

    @Inject
    CustomControlCompiler compiler;

    @Inject
    TenantControls tenantControls;

    @Inject
    Reevaluation reevaluation;

    @ConfigProperty(name = "demarc.assessment.custom-controls.max-per-tenant", defaultValue = "200")
    int maxPerTenant;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<CustomControlRow> find(String tenantId, String controlId) {
        return controls.findByIdOptional(new CustomControlRowId(tenantId, controlId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CustomControlRow> page(String tenantId, String afterId, int size) {
        return controls.page(tenantId, afterId, size);
    }

    /**
     * @throws InvalidCustomControlException when it does not compile
     * @throws CustomControlConflictException when the id is taken or the tenant is at its limit
     */
    public CustomControlRow create(String tenantId, Control control, String user) {
        CompiledControl compiled = compiler.compile(control);
        if (find(tenantId, control.id()).isPresent()) {
            throw new CustomControlConflictException("custom control " + control.id() + " exists already; PUT"
                    + " changes it");
        }
        if (controls.countOfTenant(tenantId) >= maxPerTenant) {
            throw new CustomControlConflictException("a tenant may have at most " + maxPerTenant
                    + " custom controls; delete one first");
        }
        CustomControlRow row = new CustomControlRow();
        row.tenantId = tenantId;
        row.controlId = control.id();
        row.createdBy = user;
        row.createdAt = Instant.now();
        row.revision = 0;
        write(row, control, user);
        int announced = reevaluation.control(tenantId, compiled, control.resourceTypes());
        LOG.infof("Tenant %s created custom control %s: %d finding(s) announced", tenantId, control.id(), announced);
        return row;
    }

    /** @return empty when the tenant has no such control */
    public Optional<CustomControlRow> update(String tenantId, Control control, String user) {
        CompiledControl compiled = compiler.compile(control);
        Optional<CustomControlRow> existing = find(tenantId, control.id());
        existing.ifPresent(row -> {
            Set<String> types = new LinkedHashSet<>(TenantControls.definition(row).resourceTypes());
            types.addAll(control.resourceTypes());
            write(row, control, user);
            int announced = reevaluation.control(tenantId, compiled, types);
            LOG.infof("Tenant %s changed custom control %s: %d finding(s) announced", tenantId, control.id(),
                    announced);
        });
        return existing;
    }

    /** @return false when the tenant has no such control */
    public boolean delete(String tenantId, String controlId) {
        Optional<CustomControlRow> existing = find(tenantId, controlId);
        existing.ifPresent(row -> {
            int announced = reevaluation.closeControl(tenantId, TenantControls.definition(row));
            controls.delete(row);
            tenantControls.forget(tenantId, controlId);
            LOG.infof("Tenant %s deleted custom control %s: %d finding(s) closed", tenantId, controlId, announced);
        });
        return existing.isPresent();
    }

    private void write(CustomControlRow row, Control control, String user) {
        row.definition = EventCodec.mapper().valueToTree(control).toString();
        row.revision++;
        row.updatedBy = user;
        row.updatedAt = Instant.now();
        controls.persist(row);
    }
}
