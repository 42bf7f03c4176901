package org.rabta.support;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.rabta.infrastructure.ExpiringValue;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.util.AopTestUtils;

/**
 * Every {@link ExpiringValue} the application's beans keep (reference data, counters, names), found in the running
 * context rather than listed, so that a value added by a new feature is included without anyone adding a line.
 * A test empties them all to make what happens when they expire (a load from the database) happen now, on the
 * request it is about, instead of once a minute on whichever request the clock picks.
 */
public final class ValuesKeptInMemory {

    private final List<ExpiringValue<?, ?>> values;

    private ValuesKeptInMemory(List<ExpiringValue<?, ?>> values) {
        this.values = values;
    }

    public static ValuesKeptInMemory of(ConfigurableApplicationContext context) {
        ConfigurableListableBeanFactory beans = context.getBeanFactory();
        List<ExpiringValue<?, ?>> found = new ArrayList<>();
        for (String name : beans.getSingletonNames()) {
            Object bean = beans.getSingleton(name);
            if (bean != null) {
                found.addAll(keptBy(AopTestUtils.getUltimateTargetObject(bean)));
            }
        }
        return new ValuesKeptInMemory(List.copyOf(found));
    }

    public int size() {
        return values.size();
    }

    /** Forgets every value at once (outside a transaction): the next read of each loads it afresh. */
    public void expireAll() {
        values.forEach(ExpiringValue::clearAfterCommit);
    }

    private static List<ExpiringValue<?, ?>> keptBy(Object bean) {
        List<ExpiringValue<?, ?>> kept = new ArrayList<>();
        for (Class<?> type = bean.getClass(); type != null && type.getName().startsWith("org.rabta."); type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (ExpiringValue.class.isAssignableFrom(field.getType())) {
                    field.setAccessible(true);
                    try {
                        kept.add((ExpiringValue<?, ?>) field.get(bean));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return kept;
    }
}
