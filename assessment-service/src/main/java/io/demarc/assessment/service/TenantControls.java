package io.demarc.assessment.service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.demarc.assessment.model.CustomControlRow;
import io.demarc.assessment.model.CustomControlRowId;
import io.demarc.assessment.repository.CustomControlRepository;
import io.demarc.catalog.controls.CompiledControl;
import io.demarc.catalog.controls.Control;
import io.demarc.catalog.controls.ControlLibrary;
import io.demarc.contracts.EventCodec;

/**
 * The controls one tenant is assessed with: the catalog's, then the tenant's own. Custom controls are read from the
 * database on every call (so every replica sees a change at once) but compiled only once per revision.
 */
@ApplicationScoped
public class TenantControls {

    private static final Logger LOG = Logger.getLogger(TenantControls.class);

    @Inject
    ControlLibrary library;

    @Inject
    CustomControlRepository customControls;

    @Inject
    CustomControlCompiler compiler;

    private final Map<CustomControlRowId, CompiledRevision> compiled = new ConcurrentHashMap<>();
    /** Revisions already reported as unusable, so the log names each once rather than on every item. */
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    private record CompiledRevision(int revision, CompiledControl control) {
    }

    /** The controls that evaluate items of {@code resourceType} for this tenant. */
    public List<CompiledControl> forResourceType(String tenantId, String resourceType) {
        List<CompiledControl> matching = new ArrayList<>(library.forResourceType(resourceType));
        custom(tenantId).stream().filter(c -> c.control().appliesTo(resourceType)).forEach(matching::add);
        return matching;
    }

    /** A control of the catalog or of the tenant. */
    public Optional<Control> find(String tenantId, String controlId) {
        Optional<Control> catalog = library.find(controlId);
        if (catalog.isPresent() || !controlId.startsWith(CustomControlCompiler.ID_PREFIX)) {
            return catalog;
        }
        return customControls.findByIdOptional(new CustomControlRowId(tenantId, controlId))
                .map(TenantControls::definition);
    }

    /** Every control of the catalog, then the tenant's own by id. */
    public List<Control> all(String tenantId) {
        List<Control> all = new ArrayList<>(library.controls());
        custom(tenantId).forEach(c -> all.add(c.control()));
        return all;
    }

    /**
     * The tenant's own controls, compiled, by id. One that no longer compiles (the language changed with a new catalog
     * version) is left out with a warning rather than failing the evaluation of every item of its types.
     */
    public List<CompiledControl> custom(String tenantId) {
        List<CompiledControl> usable = new ArrayList<>();
        for (CustomControlRow row : customControls.ofTenant(tenantId)) {
            try {
                usable.add(compiled(row));
            } catch (InvalidCustomControlException e) {
                if (warned.add(row.tenantId + "/" + row.controlId + "/" + row.revision)) {
                    LOG.warnf("Custom control %s of tenant %s (revision %d) is skipped: %s", row.controlId,
                            row.tenantId, row.revision, e.getMessage());
                }
            }
        }
        return usable;
    }

    public CompiledControl compiled(CustomControlRow row) {
        CustomControlRowId key = new CustomControlRowId(row.tenantId, row.controlId);
        CompiledRevision cached = compiled.get(key);
        if (cached != null && cached.revision() == row.revision) {
            return cached.control();
        }
        CompiledControl fresh = compiler.compile(definition(row));
        compiled.put(key, new CompiledRevision(row.revision, fresh));
        return fresh;
    }

    /** Forgets the compiled form of a deleted control. */
    public void forget(String tenantId, String controlId) {
        compiled.remove(new CustomControlRowId(tenantId, controlId));
    }

    public static Control definition(CustomControlRow row) {
        try {
            return EventCodec.mapper().readValue(row.definition, Control.class);
        } catch (IOException e) {
            throw new UncheckedIOException("stored custom control " + row.controlId + " is not readable", e);
        }
    }
}
