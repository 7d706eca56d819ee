package io.demarc.catalog.engine;

import java.util.List;

import io.demarc.catalog.controls.CompiledControl;
import io.demarc.contracts.ConfigurationItem;

/** Evaluates controls against configuration items. Implementations are thread-safe. */
public interface RuleEngine {

    /** Every control of the library that covers the item's resource type, in catalog order. */
    List<Evaluation> evaluate(ConfigurationItem item);

    /** Like {@link #evaluate(ConfigurationItem)}, for an item already prepared. */
    List<Evaluation> evaluate(PreparedItem item);

    /** One control on one item; never throws for a failing expression, which yields an ERROR evaluation. */
    Evaluation evaluate(CompiledControl control, PreparedItem item);
}
