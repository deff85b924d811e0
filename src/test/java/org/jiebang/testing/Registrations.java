package org.jiebang.testing;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.jiebang.account.Uscc;

/** Registration bodies for tests, each with a fresh valid credit code and user name. */
public final class Registrations {

    private static final AtomicLong COUNTER = new AtomicLong(System.currentTimeMillis() % 100_000_000L);

    private Registrations() {
    }

    /** 18 characters with a correct GB 32100-2015 check character, never used before in this run. */
    public static String freshUscc() {
        String base = String.format("913304%011d", COUNTER.incrementAndGet());
        return base + Uscc.checkCharacterOf(base);
    }

    public static String freshUsername(String prefix) {
        return prefix + COUNTER.incrementAndGet();
    }

    public static JsonObjectBuilder organization(String name, String type, String uscc) {
        return Json.createObjectBuilder()
                .add("name", name).add("type", type).add("uscc", uscc).add("region", "330402")
                .add("address", "浙江省嘉兴市南湖区科技城 8 号").add("contactName", "陈工")
                .add("contactPhone", "0573-82000000").add("email", "office@example.cn");
    }

    public static JsonObjectBuilder user(String username, String password) {
        return Json.createObjectBuilder()
                .add("username", username).add("password", password).add("displayName", "陈晓明")
                .add("email", username + "@example.cn").add("phone", "13800000000");
    }

    public static JsonObject registration(String orgName, String type, String username, String password) {
        return Json.createObjectBuilder()
                .add("organization", organization(orgName, type, freshUscc()))
                .add("user", user(username, password)).build();
    }

    /** Registers an organization of {@code type} with a fresh first user, has staff verify it, and logs that user in. */
    public static Api registerVerified(Api anonymous, Api staff, String type, String password) {
        String username = freshUsername("v");
        Api.Answer created = anonymous.post("/api/v1/organizations", registration("测试机构" + username, type, username, password));
        if (created.status() != 201) {
            throw new AssertionError("registration: " + created);
        }
        long id = created.json().getJsonNumber("id").longValue();
        Api.Answer verified = staff.post("/api/v1/organizations/" + id + "/verification",
                Json.createObjectBuilder().add("approved", true).build());
        if (verified.status() != 200) {
            throw new AssertionError("verification: " + verified);
        }
        return anonymous.as(username, password);
    }
}
