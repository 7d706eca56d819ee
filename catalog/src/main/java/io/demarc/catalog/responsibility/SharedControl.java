package io.demarc.catalog.responsibility;

import java.util.List;

/**
 * One of AWS's shared controls (patch management, configuration management, awareness and training): a control that
 * spans the infrastructure and the customer's layers, hence the control domains it is made of.
 *
 * @param domains the domains the control spans; AWS's part lies in the AWS ones, the customer's in the others
 * @param aws one line saying what AWS does
 * @param customer one line saying what the customer does
 */
public record SharedControl(String id, String name, List<String> domains, String aws, String customer) {
}
