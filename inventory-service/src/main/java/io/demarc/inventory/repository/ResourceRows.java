package io.demarc.inventory.repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.id.IdentifierGenerator;

import io.demarc.catalog.ingest.ResourceKey;
import io.demarc.contracts.ConfigurationItem;
import io.demarc.inventory.model.Resource;

/**
 * The {@code resource} rows of an import, read and written in plain SQL: the stored state it compares with, in one
 * query, and the new and replaced rows in JDBC batches from items serialized once ({@link ItemRow}). No managed
 * entities: an import of thousands of items would otherwise pay for Hibernate's persistence context, its flush and a
 * second serialization of every item.
 */
@ApplicationScoped
public class ResourceRows {

    /** Rows per JDBC batch; the driver sends a batch of inserts as a few multi-row inserts (reWriteBatchedInserts). */
    private static final int BATCH = 500;

    @Inject
    EntityManager entityManager;

    /** The stored resources with the given keys, without their items. */
    public Map<ResourceKey, StoredResource> findByKeys(String tenantId, Collection<ResourceKey> keys) {
        Map<ResourceKey, StoredResource> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        Set<ResourceKey> wanted = new HashSet<>(keys);
        entityManager.unwrap(Session.class).doWork(connection -> {
            // Types times ids may match more rows than asked for (another type with one of the ids): those are dropped.
            try (PreparedStatement select = connection.prepareStatement("select id, account_id, aws_region,"
                    + " resource_type, resource_id, capture_time, state_id, item_hash from resource where tenant_id = ?"
                    + " and resource_type = any(?) and resource_id = any(?)")) {
                select.setString(1, tenantId);
                select.setArray(2, connection.createArrayOf("text",
                        wanted.stream().map(ResourceKey::resourceType).distinct().toArray()));
                select.setArray(3, connection.createArrayOf("text",
                        wanted.stream().map(ResourceKey::resourceId).distinct().toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        StoredResource stored = new StoredResource(rows.getLong(1), new ResourceKey(rows.getString(2),
                                rows.getString(3), rows.getString(4), rows.getString(5)),
                                rows.getObject(6, OffsetDateTime.class).toInstant(), rows.getString(7),
                                rows.getString(8));
                        if (wanted.contains(stored.key())) {
                            found.put(stored.key(), stored);
                        }
                    }
                }
            }
        });
        return found;
    }

    /** Inserts new resources, with ids from {@link Resource}'s own generator. */
    public void insert(String tenantId, List<ItemRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        SharedSessionContractImplementor session = entityManager.unwrap(SharedSessionContractImplementor.class);
        IdentifierGenerator ids = (IdentifierGenerator) session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(Resource.class).getGenerator();
        session.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into resource (id, tenant_id,"
                    + " account_id, aws_region, resource_type, resource_id, resource_name, arn, capture_time, state_id,"
                    + " item_status, deleted, item, item_hash, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                    + " cast(? as jsonb), ?, now())")) {
                int pending = 0;
                for (ItemRow row : rows) {
                    ConfigurationItem item = row.item();
                    insert.setLong(1, (Long) ids.generate(session, null));
                    insert.setString(2, tenantId);
                    insert.setString(3, item.accountId());
                    insert.setString(4, item.awsRegion());
                    insert.setString(5, item.resourceType());
                    insert.setString(6, item.resourceId());
                    setState(insert, 7, row);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
    }

    /** Makes each item the current state of the resource row with the given id. */
    public void update(String tenantId, Map<Long, ItemRow> rowsById) {
        if (rowsById.isEmpty()) {
            return;
        }
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("update resource set resource_name = ?,"
                    + " arn = ?, capture_time = ?, state_id = ?, item_status = ?, deleted = ?, item = cast(? as jsonb),"
                    + " item_hash = ?, updated_at = now() where id = ? and tenant_id = ?")) {
                int pending = 0;
                for (Map.Entry<Long, ItemRow> row : rowsById.entrySet()) {
                    setState(update, 1, row.getValue());
                    update.setLong(9, row.getKey());
                    update.setString(10, tenantId);
                    update.addBatch();
                    if (++pending == BATCH) {
                        update.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    update.executeBatch();
                }
            }
        });
    }

    /** The columns an item replaces, from {@code resource_name} to {@code item_hash}, starting at {@code first}. */
    private static void setState(PreparedStatement statement, int first, ItemRow row) throws SQLException {
        ConfigurationItem item = row.item();
        statement.setString(first, item.resourceName());
        statement.setString(first + 1, item.arn());
        statement.setObject(first + 2, utc(item.configurationItemCaptureTime()), Types.TIMESTAMP_WITH_TIMEZONE);
        statement.setString(first + 3, item.configurationStateId());
        statement.setString(first + 4, item.configurationItemStatus());
        statement.setBoolean(first + 5, item.isDeletion());
        statement.setString(first + 6, row.json());
        statement.setString(first + 7, row.hash());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
