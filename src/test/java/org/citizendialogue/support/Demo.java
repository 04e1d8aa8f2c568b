package org.citizendialogue.support;

/** Facts of the demo programme that tests build on (src/main/resources/db/demo). */
public final class Demo {

    public static final String RESIDENT = "resident@example.org";
    public static final String MODERATOR = "moderator@example.org";
    public static final String STAFF = "staff@example.org";
    public static final String ADMIN = "admin@example.org";
    public static final String PASSWORD = "dialogue-demo";
    public static final String DIALOGUE = "digital-economy-benchmark-city";
    public static final long TOPIC_ID = 1;
    public static final String BUREAU = "Beijing Municipal Bureau of Economy and Information Technology";
    public static final String BUREAU_ZH = "北京市经济和信息化局";

    private Demo() {}
}
