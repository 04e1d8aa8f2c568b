package org.citizendialogue.shared.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The allowances, from {@code dialogue.limits.*} (README: Configuration). Each action has a
 * per-minute and a per-hour allowance per account (or e-mail, for sign-in) and per client
 * address; 0 switches that allowance off.
 */
@ConfigurationProperties("dialogue.limits")
public class LimitSettings {

    private boolean enabled = true;
    /** At most this many accounts and addresses are tracked; the least recently seen are dropped first. */
    private long maxTracked = 100_000;

    private final Rule submissions = new Rule(5, 30, 30, 300);
    private final Rule votes = new Rule(30, 300, 120, 2000);
    private final Rule reports = new Rule(5, 30, 20, 200);
    /** Per e-mail, known or not (so probing one address is limited too), and per address. */
    private final Rule registrations = new Rule(3, 10, 5, 20);
    /** Per (e-mail, address) and per address. */
    private final Rule signIn = new Rule(5, 20, 30, 200);
    /** Per e-mail from any address (ASVS: at most 100 failures per account an hour); only per-hour is used. */
    private final Rule signInAccount = new Rule(0, 100, 0, 0);

    private final Rule passwordResets = new Rule(1, 5, 5, 20);
    /** A six-digit code is guessable: few tries per account, even fewer than sign-in. */
    private final Rule secondFactor = new Rule(5, 10, 10, 100);
    /** "Send the link again": per account an hour, and per address. */
    private final Rule verificationMails = new Rule(0, 3, 10, 30);

    public Rule rule(Limit limit) {
        return switch (limit) {
            case SUBMISSIONS -> submissions;
            case VOTES -> votes;
            case REPORTS -> reports;
            case REGISTRATIONS -> registrations;
            case SIGN_IN -> signIn;
            case SIGN_IN_ACCOUNT -> signInAccount;
            case PASSWORD_RESETS -> passwordResets;
            case SECOND_FACTOR -> secondFactor;
            case VERIFICATION_MAILS -> verificationMails;
        };
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public long getMaxTracked() {
        return maxTracked;
    }

    public void setMaxTracked(long maxTracked) {
        this.maxTracked = maxTracked;
    }

    public Rule getSubmissions() {
        return submissions;
    }

    public Rule getVotes() {
        return votes;
    }

    public Rule getReports() {
        return reports;
    }

    public Rule getRegistrations() {
        return registrations;
    }

    public Rule getSignIn() {
        return signIn;
    }

    public Rule getSignInAccount() {
        return signInAccount;
    }

    public Rule getSecondFactor() {
        return secondFactor;
    }

    public Rule getPasswordResets() {
        return passwordResets;
    }

    public Rule getVerificationMails() {
        return verificationMails;
    }

    /** One action's allowances; 0 means no limit of that kind. */
    public static class Rule {

        private int perMinute;
        private int perHour;
        private int ipPerMinute;
        private int ipPerHour;

        public Rule() {}

        Rule(int perMinute, int perHour, int ipPerMinute, int ipPerHour) {
            this.perMinute = perMinute;
            this.perHour = perHour;
            this.ipPerMinute = ipPerMinute;
            this.ipPerHour = ipPerHour;
        }

        public int getPerMinute() {
            return perMinute;
        }

        public void setPerMinute(int perMinute) {
            this.perMinute = perMinute;
        }

        public int getPerHour() {
            return perHour;
        }

        public void setPerHour(int perHour) {
            this.perHour = perHour;
        }

        public int getIpPerMinute() {
            return ipPerMinute;
        }

        public void setIpPerMinute(int ipPerMinute) {
            this.ipPerMinute = ipPerMinute;
        }

        public int getIpPerHour() {
            return ipPerHour;
        }

        public void setIpPerHour(int ipPerHour) {
            this.ipPerHour = ipPerHour;
        }
    }
}
