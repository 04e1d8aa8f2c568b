package org.citizendialogue.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A test of the whole application on the real (embedded) MariaDB, through its services and their
 * security, with the test configuration every such test shares, so they share one cached context.
 * Scenario steps: {@link Residents}, {@link Acting}, {@link Fixtures}; time passes with the
 * {@link MovableClock} (put back after each test). Tests that need a web server,
 * other properties or a second node use {@code @SpringBootTest} with those, and get a context of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@Import(IntegrationTestConfig.class)
@ExtendWith(MovableClockReset.class)
public @interface IntegrationTest {}
