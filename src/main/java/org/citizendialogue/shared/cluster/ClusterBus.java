package org.citizendialogue.shared.cluster;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Carries committed {@link CrossNode} changes to the {@link OnEveryNode} handlers of this node and,
 * when Redis is configured, of every other node (decision 026). After a commit the handlers here
 * run at once on the committing thread, and the event is handed to the {@link RedisBus} to be
 * published once; the other nodes' buses receive it and run their handlers. With no Redis, or
 * while it is unreachable, only this node's handlers run: the portal works as one node.
 */
@Component
public class ClusterBus implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(ClusterBus.class);

    private record Handler(Class<?> type, Object bean, Method method) {}

    private final ConfigurableListableBeanFactory beans;
    private final ObjectProvider<RedisBus> redis;
    private volatile List<Handler> handlers = List.of();

    ClusterBus(ConfigurableListableBeanFactory beans, ObjectProvider<RedisBus> redis) {
        this.beans = beans;
        this.redis = redis;
    }

    /** Finds every {@link OnEveryNode} method of the application's singletons. */
    @Override
    public void afterSingletonsInstantiated() {
        var found = new ArrayList<Handler>();
        for (var name : beans.getBeanDefinitionNames()) {
            var type = beans.getType(name, false);
            if (type == null || !type.getName().startsWith("org.citizendialogue") || !beans.isSingleton(name)) {
                continue;
            }
            var target = ClassUtils.getUserClass(type);
            var methods = MethodIntrospector.selectMethods(target, (MethodIntrospector.MetadataLookup<OnEveryNode>)
                    m -> AnnotatedElementUtils.findMergedAnnotation(m, OnEveryNode.class));
            if (methods.isEmpty()) {
                continue;
            }
            var bean = beans.getBean(name);
            for (var method : methods.keySet()) {
                if (method.getParameterCount() != 1
                        || !CrossNode.class.isAssignableFrom(method.getParameterTypes()[0])) {
                    throw new IllegalStateException("@OnEveryNode takes one CrossNode event: " + method);
                }
                var invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
                ReflectionUtils.makeAccessible(invocable);
                found.add(new Handler(method.getParameterTypes()[0], bean, invocable));
            }
        }
        handlers = List.copyOf(found);
    }

    /** After commit on this node (or at once, when published outside a transaction). */
    @TransactionalEventListener(fallbackExecution = true)
    void committed(CrossNode event) {
        dispatch(event);
        var bus = redis.getIfAvailable();
        if (bus != null) {
            bus.send(event.acrossNodes());
        }
    }

    /** A change committed on another node, brought by the bus. */
    void arrived(CrossNode event) {
        dispatch(event);
    }

    private void dispatch(CrossNode event) {
        for (var handler : handlers) {
            if (!handler.type().isInstance(event)) {
                continue;
            }
            try {
                handler.method().invoke(handler.bean(), event);
            } catch (InvocationTargetException e) {
                log.warn("Handling {} failed in {}", event.getClass().getSimpleName(), handler.method(), e.getCause());
            } catch (IllegalAccessException | RuntimeException e) {
                log.warn("Handling {} failed in {}", event.getClass().getSimpleName(), handler.method(), e);
            }
        }
    }
}
