package io.demarc.service.outbox;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.Session;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.id.IdentifierGenerator;

/**
 * The {@code outbox_event} table in plain SQL, without managed entities: the appends of a large import and the relay's
 * reads and deletes would otherwise pay for Hibernate's persistence context on every row.
 */
@ApplicationScoped
class OutboxRows {

    /** Rows per JDBC batch; the driver sends each batch as a few multi-row inserts (reWriteBatchedInserts). */
    private static final int INSERT_BATCH = 500;

    @Inject
    EntityManager entityManager;

    /** Inserts the events in JDBC batches, with ids from {@link OutboxEvent}'s own generator, in list order. */
    void insert(List<SerializedEvent> events) {
        SharedSessionContractImplementor session = entityManager.unwrap(SharedSessionContractImplementor.class);
        // The entity's generator (a pooled sequence): ids never collide with those of Outbox.append, and ascend in
        // append order.
        IdentifierGenerator ids = (IdentifierGenerator) session.getFactory().getMappingMetamodel()
                .getEntityDescriptor(OutboxEvent.class).getGenerator();
        session.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into outbox_event (id, topic,"
                    + " record_key, tenant_id, event_type, payload, created_at) values (?, ?, ?, ?, ?, ?, now())")) {
                int pending = 0;
                for (SerializedEvent event : events) {
                    insert.setLong(1, (Long) ids.generate(session, null));
                    insert.setString(2, event.topic());
                    insert.setString(3, event.key());
                    insert.setString(4, event.tenantId());
                    insert.setString(5, event.eventType());
                    insert.setString(6, event.payload());
                    insert.addBatch();
                    if (++pending == INSERT_BATCH) {
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

    /**
     * Locks and reads the oldest {@code limit} rows no other transaction holds ({@code SKIP LOCKED}: replicas relay
     * side by side), in id order.
     */
    List<PendingEvent> lockOldest(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select id, topic, record_key, tenant_id, event_type,"
                + " payload from outbox_event order by id limit ?1 for update skip locked").setParameter(1, limit)
                .getResultList();
        return rows.stream().map(row -> new PendingEvent(((Number) row[0]).longValue(), (String) row[1],
                (String) row[2], (String) row[3], (String) row[4], (String) row[5])).toList();
    }

    /**
     * Deletes exactly these rows, in one statement. Not by id range: a row committed later by a slower transaction may
     * hold an id inside the range and has not been published yet.
     */
    void delete(List<Long> ids) {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from outbox_event where id = any(?)")) {
                Array array = connection.createArrayOf("bigint", ids.toArray());
                delete.setArray(1, array);
                int deleted = delete.executeUpdate();
                array.free();
                if (deleted != ids.size()) {
                    throw new SQLException("deleted " + deleted + " of " + ids.size() + " published outbox rows");
                }
            }
        });
    }
}
