package io.demarc.catalog.engine;

import java.util.List;

import io.demarc.catalog.controls.CompiledControl;
import io.demarc.contracts.ConfigurationItem;

/** Evaluates controls against configuration items. Implementations are thread-safe. */
public interface RuleEngine {

    /** Every item-scoped control of the library that covers the item's resource type, in catalog order. */
    List<Evaluation> evaluate(ConfigurationItem item);

    /** Like {@link #evaluate(ConfigurationItem)}, for an item already prepared. */
    List<Evaluation> evaluate(PreparedItem item);

    /** One control on one item; never throws for a failing expression, which yields an ERROR evaluation. */
    Evaluation evaluate(CompiledControl control, PreparedItem item);

    /**
     * Every account-scoped control on one account and region, whose items are the whole inventory of the account
     * (every region): one evaluation per control, its resource the account.
     */
    default List<Evaluation> evaluateAccount(String accountId, String region, List<PreparedItem> items) {
        return evaluateAccount(PreparedAccount.of(accountId, region, items));
    }

    /** Every account-scoped control on one prepared account and region, in catalog order. */
    List<Evaluation> evaluateAccount(PreparedAccount account);

    /** One account-scoped control; never throws for a failing expression, which yields an ERROR evaluation. */
    Evaluation evaluate(CompiledControl control, PreparedAccount account);
}
