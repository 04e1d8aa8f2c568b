package org.citizendialogue.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.citizendialogue.support.MutableClock;
import org.citizendialogue.support.Residents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Sign-in throttling through the real security filter chain (the form login filter, the
 * authentication provider, the password encoder) on the real database: parallel guesses
 * cannot exceed an allowance (issue 11, finding 2), and an attacker cannot lock the owner out
 * (finding 3). Small allowances: 3 a minute per (e-mail, address), 6 a minute per address,
 * 5 an hour per e-mail from addresses that have been failing.
 */
@SpringBootTest(
        properties = {
            "dialogue.limits.sign-in.per-minute=3", "dialogue.limits.sign-in.per-hour=20",
            "dialogue.limits.sign-in.ip-per-minute=6", "dialogue.limits.sign-in.ip-per-hour=200",
            "dialogue.limits.sign-in-account.per-hour=5"
        })
class SignInThrottleTest {

    @TestConfiguration
    static class MovableTime {
        @Bean
        @Primary
        MutableClock movableClock() {
            return new MutableClock();
        }
    }

    @Autowired
    Residents residents;

    @Autowired
    MutableClock clock;

    @Autowired
    FilterChainProxy securityFilters;

    @Autowired
    WebApplicationContext web;

    @BeforeEach
    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static String address() {
        return "10.30." + (int) (Math.random() * 250) + "." + (int) (1 + Math.random() * 250);
    }

    private String signIn(String email, String password, String address) throws Exception {
        var request = new MockHttpServletRequest(web.getServletContext(), "POST", "/login");
        request.setServletPath("/login");
        request.setRemoteAddr(address);
        request.setParameter("username", email);
        request.setParameter("password", password);
        request = (MockHttpServletRequest)
                SecurityMockMvcRequestPostProcessors.csrf().postProcessRequest(request);
        var response = new MockHttpServletResponse();
        securityFilters.doFilter(request, response, new MockFilterChain());
        return String.valueOf(response.getRedirectedUrl());
    }

    private static boolean evaluatedAndFailed(String redirect) {
        return redirect.contains("error");
    }

    private static boolean refused(String redirect) {
        return redirect.contains("limited");
    }

    private static boolean signedIn(String redirect) {
        return !evaluatedAndFailed(redirect) && !refused(redirect);
    }

    private List<String> inParallel(int count, IntFunction<Callable<String>> attempt) throws Exception {
        var pool = Executors.newFixedThreadPool(count);
        try {
            var start = new CountDownLatch(1);
            var futures = new ArrayList<Future<String>>();
            for (int i = 0; i < count; i++) {
                var task = attempt.apply(i);
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            var results = new ArrayList<String>();
            for (var future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twenty_parallel_wrong_passwords_on_one_account_evaluate_at_most_the_allowance() throws Exception {
        var email = residents.register();
        var address = address();
        var results = inParallel(20, i -> () -> signIn(email, "wrong password " + i, address));
        assertThat(results.stream()
                        .filter(SignInThrottleTest::evaluatedAndFailed)
                        .count())
                .as("evaluated guesses, with 3 a minute per e-mail and address")
                .isLessThanOrEqualTo(3);
        assertThat(results.stream().filter(SignInThrottleTest::refused).count()).isGreaterThanOrEqualTo(17);
    }

    @Test
    void twenty_parallel_guesses_from_one_address_across_accounts_evaluate_at_most_its_allowance() throws Exception {
        var address = address();
        var emails = new ArrayList<String>();
        for (int i = 0; i < 20; i++) {
            emails.add("nobody-" + i + "-" + System.nanoTime() + "@example.org");
        }
        var results = inParallel(20, i -> () -> signIn(emails.get(i), "guess number " + i, address));
        assertThat(results.stream()
                        .filter(SignInThrottleTest::evaluatedAndFailed)
                        .count())
                .as("evaluated guesses, with 6 a minute per address")
                .isLessThanOrEqualTo(6);
    }

    @Test
    void a_successful_sign_in_does_not_use_up_the_allowance() throws Exception {
        var email = residents.register();
        var address = address();
        for (int i = 0; i < 5; i++) {
            assertThat(signedIn(signIn(email, Residents.PASSWORD, address)))
                    .as("sign-in " + i)
                    .isTrue();
        }
    }

    @Test
    void an_attacker_hammering_an_account_does_not_lock_the_owner_out() throws Exception {
        var email = residents.register();
        var attackers = new ArrayList<String>();
        // 5 failures an hour per e-mail from failing addresses; each attacker address stays under its own 3
        for (int i = 0; i < 5; i++) {
            var attacker = address();
            attackers.add(attacker);
            assertThat(evaluatedAndFailed(signIn(email, "guess " + i, attacker)))
                    .isTrue();
        }
        assertThat(refused(signIn(email, "guess again", attackers.get(0))))
                .as("a failing address is refused once the account's ceiling is reached")
                .isTrue();
        assertThat(refused(signIn(email, Residents.PASSWORD, attackers.get(1))))
                .as("even with the right password: that address has been failing")
                .isTrue();

        var owner = address();
        assertThat(signedIn(signIn(email, Residents.PASSWORD, owner)))
                .as("the owner, from an address that has not been failing, gets in")
                .isTrue();
        assertThat(refused(signIn(email, "guess 6", attackers.get(2))))
                .as("the attacker is still refused")
                .isTrue();

        var fresh = address();
        assertThat(evaluatedAndFailed(signIn(email, "guess 7", fresh)))
                .as("a new address has its password evaluated")
                .isTrue();
        assertThat(refused(signIn(email, "guess 8", fresh)))
                .as("once it fails, it is held back too")
                .isTrue();

        clock.advance(Duration.ofMinutes(61));
        assertThat(evaluatedAndFailed(signIn(email, "guess 9", attackers.get(0))))
                .as("the ceiling is per hour: a delay, not a lock")
                .isTrue();
    }
}
