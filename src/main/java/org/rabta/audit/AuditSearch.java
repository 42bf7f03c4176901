package org.rabta.audit;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The filtered, keyset-paged query behind the audit trail page. The statement holds only the
 * conditions that are set (no {@code :x is null or ...}), so PostgreSQL plans each combination on
 * its own index; and a page starts from the last event of the previous one
 * ({@code occurred_at <= t and (occurred_at < t or id < last)}), so page 1,000 costs what page 1 costs.
 */
@Component
@RequiredArgsConstructor
class AuditSearch {

    private final EntityManager entityManager;

    List<AuditEvent> find(AuditFilter filter, AuditEvent after, int limit) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new LinkedHashMap<>();
        condition(conditions, parameters, "e.action = :action", "action", filter.action());
        condition(conditions, parameters, "e.actor = :actor", "actor", filter.actor());
        condition(conditions, parameters, "e.targetType = :targetType", "targetType", filter.targetType());
        condition(conditions, parameters, "e.targetId = :targetId", "targetId", filter.targetId());
        if (after != null) {
            conditions.add("e.occurredAt <= :afterTime and (e.occurredAt < :afterTime or e.id < :afterId)");
            parameters.put("afterTime", after.getOccurredAt());
            parameters.put("afterId", after.getId());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        TypedQuery<AuditEvent> query = entityManager.createQuery(
                "select e from AuditEvent e" + where + " order by e.occurredAt desc, e.id desc", AuditEvent.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }

    private static void condition(List<String> conditions, Map<String, Object> parameters, String condition,
                                  String name, String value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(name, value);
        }
    }
}
