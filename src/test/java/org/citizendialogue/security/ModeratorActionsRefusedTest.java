package org.citizendialogue.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.citizendialogue.support.Acting;
import org.citizendialogue.support.Demo;
import org.citizendialogue.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.AuthenticationException;

/**
 * Every service method that only moderators (or admins) may call refuses a resident and a
 * visitor, whatever the screens show. The methods are found by their @PreAuthorize, so an
 * action added later is covered without touching this test.
 */
@IntegrationTest
class ModeratorActionsRefusedTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Acting acting;

    @Test
    void a_resident_and_a_visitor_cannot_call_any_moderator_action() {
        var actions = moderatorActions();
        assertThat(actions.stream().map(a -> a.method().getName()))
                .as("the known moderator actions are found, so the test cannot pass on nothing")
                .contains("approve", "reject", "redact", "hide", "restore", "dismissReports", "pending");
        for (var action : actions) {
            assertThatThrownBy(() -> acting.run(Demo.RESIDENT, action::invoke))
                    .as("resident: " + action)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(action::invoke)
                    .as("visitor: " + action)
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
        }
    }

    private List<Action> moderatorActions() {
        var found = new ArrayList<Action>();
        for (var name : context.getBeanDefinitionNames()) {
            var bean = context.getBean(name);
            var type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.citizendialogue")) {
                continue;
            }
            var classRule = type.getAnnotation(PreAuthorize.class);
            for (var method : type.getDeclaredMethods()) {
                var rule = method.isAnnotationPresent(PreAuthorize.class)
                        ? method.getAnnotation(PreAuthorize.class)
                        : classRule;
                if (rule != null
                        && Modifier.isPublic(method.getModifiers())
                        && !method.isSynthetic()
                        && grantsModeratorNotResident(rule.value())) {
                    found.add(new Action(bean, method));
                }
            }
        }
        return found;
    }

    private static boolean grantsModeratorNotResident(String rule) {
        return (rule.contains("MODERATOR") || rule.contains("ADMIN"))
                && !rule.contains("RESIDENT")
                && !rule.contains("isAuthenticated")
                && !rule.contains("permitAll");
    }

    private record Action(Object bean, Method method) {

        void invoke() {
            var arguments = new Object[method.getParameterCount()];
            var types = method.getParameterTypes();
            for (int i = 0; i < types.length; i++) {
                arguments[i] = DEFAULTS.get(types[i]);
            }
            try {
                method.invoke(bean, arguments);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new IllegalStateException(e.getCause());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public String toString() {
            return method.getDeclaringClass().getSimpleName() + "." + method.getName();
        }
    }

    private static final Map<Class<?>, Object> DEFAULTS = Map.of(
            int.class,
            0,
            long.class,
            0L,
            boolean.class,
            false,
            double.class,
            0d,
            short.class,
            (short) 0,
            byte.class,
            (byte) 0,
            char.class,
            'x',
            float.class,
            0f);
}
