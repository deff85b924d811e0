package org.jiebang.it;

import static org.jiebang.testing.Registrations.freshUscc;
import static org.jiebang.testing.Registrations.freshUsername;
import static org.jiebang.testing.Registrations.organization;
import static org.jiebang.testing.Registrations.registration;
import static org.jiebang.testing.Registrations.user;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.jiebang.account.DemoAccounts;
import org.jiebang.testing.Api;
import org.jiebang.testing.Api.Answer;
import org.jiebang.testing.MariaDb;
import org.jiebang.testing.RunningApp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The REST API of SPEC §10 for organizations, accounts, tokens and the audit log, on the running app. */
class ApiIT {

    static final String PASSWORD = "Secret-pass-2026";
    static RunningApp app;
    static Api anonymous;
    static Api staff;
    static Api admin;

    @BeforeAll
    static void start() {
        app = RunningApp.shared();
        anonymous = new Api(app);
        staff = anonymous.as("staff.li", DemoAccounts.PASSWORD);
        admin = anonymous.as("admin", RunningApp.ADMIN_PASSWORD);
    }

    /** Registers an organization of {@code type} with a fresh user; answers the user name. */
    static String register(String type, boolean verified) {
        String username = freshUsername("u");
        Answer created = anonymous.post("/api/v1/organizations", registration("测试机构" + username, type, username, PASSWORD));
        assertEquals(201, created.status(), created::toString);
        if (verified) {
            long id = created.json().getJsonNumber("id").longValue();
            Answer verifiedAnswer = staff.post("/api/v1/organizations/" + id + "/verification",
                    Json.createObjectBuilder().add("approved", true).build());
            assertEquals(200, verifiedAnswer.status(), verifiedAnswer::toString);
        }
        return username;
    }

    static long organizationOf(Api api) {
        return api.get("/api/v1/users/me").json().getJsonNumber("organizationId").longValue();
    }

    @Test
    void pingAnswersPong() {
        Answer ping = anonymous.get("/api/v1/ping");
        assertEquals(200, ping.status());
        assertEquals(Json.createObjectBuilder().add("pong", true).build(), ping.json());
    }

    @Test
    void healthIsUpAfterADatabaseRoundTrip() {
        Answer health = anonymous.get("/health");
        assertEquals(200, health.status(), health::toString);
        JsonObject check = health.json().getJsonArray("checks").getJsonObject(0);
        assertEquals("database", check.getString("name"));
        assertEquals("UP", check.getString("status"));
        assertTrue(check.getJsonObject("data").getString("product").matches("(?i).*(mysql|mariadb).*"), check::toString);
    }

    @Test
    void metricsAreServed() {
        Answer metrics = anonymous.getText("/metrics");
        assertEquals(200, metrics.status(), metrics::toString);
        assertTrue(metrics.body().contains("jvm") || metrics.body().contains("base_"), "metrics in the exposition format");
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() {
        Answer openapi = anonymous.get("/openapi");
        assertEquals(200, openapi.status());
        JsonObject paths = openapi.json().getJsonObject("paths");
        for (String path : List.of("/api/v1/ping", "/api/v1/auth/token", "/api/v1/organizations",
                "/api/v1/organizations/{id}/verification", "/api/v1/organizations/{id}/members", "/api/v1/users",
                "/api/v1/users/me", "/api/v1/users/{id}/roles", "/api/v1/audit", "/api/v1/audit/verify")) {
            assertTrue(paths.containsKey(path), "OpenAPI lacks " + path + ": " + paths.keySet());
        }
    }

    @Test
    void registrationCreatesAPendingOrganizationAndItsFirstUser() {
        String username = freshUsername("firm");
        Answer created = anonymous.post("/api/v1/organizations",
                registration("嘉兴测试新材料有限公司", "ENTERPRISE", username, PASSWORD));
        assertEquals(201, created.status(), created::toString);
        assertEquals("PENDING", created.json().getString("status"));
        assertNotNull(created.json().getJsonNumber("id"));
        assertEquals("嘉兴测试新材料有限公司", created.json().getString("name"));
        JsonObject me = anonymous.as(username, PASSWORD).get("/api/v1/users/me").json();
        assertEquals(List.of("ENTERPRISE"), roles(me));
    }

    @Test
    void theFirstUserOfAResearchOrganizationIsAResearcher() {
        String username = register("UNIVERSITY", false);
        assertEquals(List.of("RESEARCHER"), roles(anonymous.as(username, PASSWORD).get("/api/v1/users/me").json()));
    }

    @Test
    void aWrongCreditCodeIsRefusedSayingItIsInvalid() {
        String uscc = freshUscc();
        String wrong = uscc.substring(0, 17) + (uscc.charAt(17) == '0' ? '1' : '0');
        JsonObject body = Json.createObjectBuilder()
                .add("organization", organization("错误代码公司", "ENTERPRISE", wrong))
                .add("user", user(freshUsername("w"), PASSWORD)).build();
        Answer refused = anonymous.post("/api/v1/organizations", body);
        assertEquals(400, refused.status(), refused::toString);
        assertEquals("organization.uscc", refused.json().getString("field"));
        assertTrue(refused.json().getString("message").contains("credit code is invalid"), refused::toString);
    }

    @Test
    void oneOrganizationPerCreditCode() {
        String uscc = freshUscc();
        JsonObject first = Json.createObjectBuilder().add("organization", organization("甲公司", "ENTERPRISE", uscc))
                .add("user", user(freshUsername("a"), PASSWORD)).build();
        JsonObject second = Json.createObjectBuilder().add("organization", organization("乙公司", "ENTERPRISE", uscc))
                .add("user", user(freshUsername("b"), PASSWORD)).build();
        assertEquals(201, anonymous.post("/api/v1/organizations", first).status());
        Answer conflict = anonymous.post("/api/v1/organizations", second);
        assertEquals(409, conflict.status(), conflict::toString);
        assertEquals("USCC_TAKEN", conflict.json().getString("error"));
    }

    @Test
    void malformedJsonIs400() {
        Answer bad = anonymous.post("/api/v1/organizations", "{\"organization\": ");
        assertEquals(400, bad.status(), bad::toString);
        assertNotNull(bad.json().getString("error"));
        assertNotNull(bad.json().getString("message"));
    }

    @Test
    void aValueOfTheWrongTypeIs400NamingTheField() {
        JsonObject body = Json.createObjectBuilder()
                .add("organization", organization("类型错误", "ENTERPRISE", freshUscc()).add("type", "SPACESHIP"))
                .add("user", user(freshUsername("t"), PASSWORD)).build();
        Answer bad = anonymous.post("/api/v1/organizations", body);
        assertEquals(400, bad.status(), bad::toString);
        assertEquals("organization.type", bad.json().getString("field"));

        JsonObject objectForText = Json.createObjectBuilder()
                .add("organization", organization("类型错误", "ENTERPRISE", freshUscc())
                        .add("name", Json.createObjectBuilder().add("zh", "名称")))
                .add("user", user(freshUsername("t"), PASSWORD)).build();
        Answer bad2 = anonymous.post("/api/v1/organizations", objectForText);
        assertEquals(400, bad2.status(), bad2::toString);
        assertEquals("organization.name", bad2.json().getString("field"));
    }

    @Test
    void aMissingFieldIs400NamingIt() {
        JsonObject body = Json.createObjectBuilder()
                .add("organization", organization("缺字段", "ENTERPRISE", freshUscc()).remove("contactName"))
                .add("user", user(freshUsername("m"), PASSWORD)).build();
        Answer bad = anonymous.post("/api/v1/organizations", body);
        assertEquals(400, bad.status(), bad::toString);
        assertEquals("organization.contactName", bad.json().getString("field"));
    }

    @Test
    void aTooLongFieldIs400NamingIt() {
        JsonObject body = Json.createObjectBuilder()
                .add("organization", organization("长".repeat(201), "ENTERPRISE", freshUscc()))
                .add("user", user(freshUsername("l"), PASSWORD)).build();
        Answer bad = anonymous.post("/api/v1/organizations", body);
        assertEquals(400, bad.status(), bad::toString);
        assertEquals("organization.name", bad.json().getString("field"));
    }

    @Test
    void aWeakPasswordIsRefused() {
        Answer bad = anonymous.post("/api/v1/organizations", registration("弱密码", "LAB", freshUsername("p"), "short"));
        assertEquals(400, bad.status(), bad::toString);
        assertTrue(bad.json().getJsonArray("fields").stream()
                .anyMatch(f -> f.asJsonObject().getString("field").equals("user.password")), bad::toString);
    }

    @Test
    void staffVerifyAndRejectWithAReason() {
        String firm = freshUsername("v");
        long id = anonymous.post("/api/v1/organizations", registration("待审公司" + firm, "ENTERPRISE", firm, PASSWORD))
                .json().getJsonNumber("id").longValue();
        Answer noReason = staff.post("/api/v1/organizations/" + id + "/verification",
                Json.createObjectBuilder().add("approved", false).build());
        assertEquals(422, noReason.status(), noReason::toString);
        Answer rejected = staff.post("/api/v1/organizations/" + id + "/verification",
                Json.createObjectBuilder().add("approved", false).add("reason", "营业执照扫描件不清晰").build());
        assertEquals(200, rejected.status(), rejected::toString);
        assertEquals("REJECTED", rejected.json().getString("status"));
        assertEquals("营业执照扫描件不清晰", rejected.json().getString("rejectionReason"));
        Answer verified = staff.post("/api/v1/organizations/" + id + "/verification",
                Json.createObjectBuilder().add("approved", true).build());
        assertEquals("VERIFIED", verified.json().getString("status"));
        Answer again = staff.post("/api/v1/organizations/" + id + "/verification",
                Json.createObjectBuilder().add("approved", true).build());
        assertEquals(409, again.status(), "a verified organization is not verified twice");
    }

    @Test
    void onlyStaffVerifyAndListOrganizations() {
        Api researcher = anonymous.as("zbut.wu", DemoAccounts.PASSWORD);
        assertEquals(403, researcher.post("/api/v1/organizations/1/verification",
                Json.createObjectBuilder().add("approved", true).build()).status());
        assertEquals(401, anonymous.post("/api/v1/organizations/1/verification",
                Json.createObjectBuilder().add("approved", true).build()).status());
        assertEquals(403, researcher.get("/api/v1/organizations").status());
        assertEquals(401, anonymous.get("/api/v1/organizations").status());
        Answer list = staff.get("/api/v1/organizations?status=PENDING&size=5");
        assertEquals(200, list.status());
        assertTrue(list.json().getJsonNumber("total").longValue() >= 1);
        assertEquals(5, list.json().getInt("size"));
        assertTrue(list.json().getJsonArray("items").stream()
                .allMatch(o -> o.asJsonObject().getString("status").equals("PENDING")));
    }

    @Test
    void membersAreAddedByTheirVerifiedOrganizationOrByStaff() {
        Api lead = anonymous.as(register("RESEARCH_INSTITUTE", true), PASSWORD);
        long org = organizationOf(lead);
        Answer added = lead.post("/api/v1/organizations/" + org + "/members", user(freshUsername("mem"), PASSWORD).build());
        assertEquals(201, added.status(), added::toString);
        assertEquals(List.of("RESEARCHER"), roles(added.json()));
        assertEquals(org, added.json().getJsonNumber("organizationId").longValue());

        Api outsider = anonymous.as(register("ENTERPRISE", true), PASSWORD);
        assertEquals(403, outsider.post("/api/v1/organizations/" + org + "/members",
                user(freshUsername("x"), PASSWORD).build()).status());
        assertEquals(201, staff.post("/api/v1/organizations/" + org + "/members",
                user(freshUsername("s"), PASSWORD).build()).status());

        Api pending = anonymous.as(register("LAB", false), PASSWORD);
        Answer notYet = pending.post("/api/v1/organizations/" + organizationOf(pending) + "/members",
                user(freshUsername("p"), PASSWORD).build());
        assertEquals(422, notYet.status(), notYet::toString);
    }

    @Test
    void theAdminListsUsersAndChangesRoles() {
        assertEquals(403, staff.get("/api/v1/users").status());
        Answer users = admin.get("/api/v1/users?size=100");
        assertEquals(200, users.status());
        assertTrue(users.json().getJsonNumber("total").longValue() >= 15);
        assertFalse(users.body().contains("PBKDF2"), "password hashes never leave the server");

        String username = register("UNIVERSITY", true);
        long id = anonymous.as(username, PASSWORD).get("/api/v1/users/me").json().getJsonNumber("id").longValue();
        Answer changed = admin.put("/api/v1/users/" + id + "/roles",
                Json.createObjectBuilder().add("roles", Json.createArrayBuilder().add("RESEARCHER").add("EXPERT")).build());
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(List.of("EXPERT", "RESEARCHER"), roles(changed.json()));
        assertEquals(List.of("EXPERT", "RESEARCHER"), roles(anonymous.as(username, PASSWORD).get("/api/v1/users/me").json()));

        assertTrue(staff.get("/api/v1/audit?size=30").json().getJsonArray("items").stream()
                .map(e -> e.asJsonObject())
                .anyMatch(e -> e.getString("action").equals("ROLES_CHANGED") && e.getString("entityId").equals(id + "")
                        && e.getString("after").contains("EXPERT")), "the role change is audited");
        assertEquals(403, staff.put("/api/v1/users/" + id + "/roles",
                Json.createObjectBuilder().add("roles", Json.createArrayBuilder().add("ADMIN")).build()).status());
        Answer unknown = admin.put("/api/v1/users/" + id + "/roles",
                Json.createObjectBuilder().add("roles", Json.createArrayBuilder().add("KING")).build());
        assertEquals(400, unknown.status());
        assertEquals("roles", unknown.json().getString("field"));
    }

    @Test
    void tokensAreNeededAndCheckedOnEveryCall() {
        assertEquals(401, anonymous.get("/api/v1/users/me").status());
        Answer forged = anonymous.withToken("not-a-real-token").get("/api/v1/users/me");
        assertEquals(401, forged.status());
        assertEquals("NOT_AUTHENTICATED", forged.json().getString("error"));
        Answer token = anonymous.post("/api/v1/auth/token",
                Json.createObjectBuilder().add("username", "staff.wang").add("password", DemoAccounts.PASSWORD).build());
        assertEquals(200, token.status());
        assertTrue(token.json().getString("expiresAt").matches("\\d{4}-\\d\\d-\\d\\dT.*"), token::toString);
        assertTrue(token.json().getString("token").length() >= 40);
    }

    @Test
    void fiveFailuresLockANameWithoutSayingWhetherItExists() {
        String real = register("ENTERPRISE", false);
        String ghost = freshUsername("nobody");
        for (String name : List.of(real, ghost)) {
            for (int i = 0; i < 5; i++) {
                Answer wrong = anonymous.post("/api/v1/auth/token",
                        Json.createObjectBuilder().add("username", name).add("password", "wrong-password-1").build());
                assertEquals(i < 4 ? 401 : 429, wrong.status(), name + " attempt " + (i + 1) + ": " + wrong);
            }
        }
        Answer realLocked = anonymous.post("/api/v1/auth/token",
                Json.createObjectBuilder().add("username", real).add("password", PASSWORD).build());
        Answer ghostLocked = anonymous.post("/api/v1/auth/token",
                Json.createObjectBuilder().add("username", ghost).add("password", PASSWORD).build());
        assertEquals(429, realLocked.status(), "even the right password waits: " + realLocked);
        assertEquals(429, ghostLocked.status());
        assertEquals(realLocked.json(), ghostLocked.json(), "the answer does not tell which user exists");
        assertTrue(Integer.parseInt(realLocked.header("Retry-After")) >= 50);
    }

    @Test
    void theAuditLogRecordsChangesAndDetectsTampering() throws Exception {
        String username = register("LAB", true);
        anonymous.post("/api/v1/auth/token",
                Json.createObjectBuilder().add("username", username).add("password", "wrong-password-1").build());
        Answer entries = staff.get("/api/v1/audit?size=100");
        assertEquals(200, entries.status());
        List<String> actions = entries.json().getJsonArray("items").stream()
                .map(e -> e.asJsonObject().getString("action")).collect(Collectors.toList());
        for (String action : List.of("ORGANIZATION_REGISTERED", "USER_CREATED", "ORGANIZATION_VERIFIED", "LOGIN_FAILED")) {
            assertTrue(actions.contains(action), action + " in " + actions);
        }
        assertEquals(403, anonymous.as(username, PASSWORD).get("/api/v1/audit/verify").status());

        JsonObject intact = staff.get("/api/v1/audit/verify").json();
        assertTrue(intact.getBoolean("valid"), intact::toString);
        assertTrue(intact.getJsonNumber("entries").longValue() > 10);

        MariaDb.Database db = sharedDatabase();
        try (Connection connection = db.connect(); Statement sql = connection.createStatement()) {
            long idOfThird;
            try (var rs = sql.executeQuery("SELECT id FROM audit_entry WHERE seq = 3")) {
                rs.next();
                idOfThird = rs.getLong(1);
            }
            sql.executeUpdate("UPDATE audit_entry SET actor = 'mallory' WHERE seq = 3");
            try {
                JsonObject broken = staff.get("/api/v1/audit/verify").json();
                assertFalse(broken.getBoolean("valid"), broken::toString);
                assertEquals(idOfThird, broken.getJsonNumber("firstBrokenId").longValue(), broken::toString);
                assertEquals(2, broken.getJsonNumber("entries").longValue(), "two entries before it are intact");
            } finally {
                sql.executeUpdate("UPDATE audit_entry SET actor = 'system' WHERE seq = 3");
            }
        }
        assertTrue(staff.get("/api/v1/audit/verify").json().getBoolean("valid"));
    }

    @Test
    void theNamesThePlatformUsesCannotBeRegistered() {
        for (String name : List.of("admin", "System", "anonymous")) {
            Answer taken = anonymous.post("/api/v1/organizations", registration("保留名测试", "ENTERPRISE", name, PASSWORD));
            assertEquals(409, taken.status(), name + ": " + taken);
            assertEquals("user.username", taken.json().getString("field"));
        }
    }

    @Test
    void aBadQueryParameterIs400NamingIt() {
        Answer badStatus = staff.get("/api/v1/organizations?status=BOGUS");
        assertEquals(400, badStatus.status(), badStatus::toString);
        assertEquals("status", badStatus.json().getString("field"));
        Answer badPage = staff.get("/api/v1/organizations?page=x");
        assertEquals(400, badPage.status(), badPage::toString);
        assertEquals("page", badPage.json().getString("field"));
        Answer farAway = staff.get("/api/v1/organizations?page=30000000&size=100");
        assertEquals(200, farAway.status(), "a page far beyond the end is empty, not an error");
        assertEquals(0, farAway.json().getJsonArray("items").size());
    }

    @Test
    void aTooLongRejectionReasonIs400() {
        String firm = freshUsername("r");
        long id = anonymous.post("/api/v1/organizations", registration("长原因公司" + firm, "ENTERPRISE", firm, PASSWORD))
                .json().getJsonNumber("id").longValue();
        Answer tooLong = staff.post("/api/v1/organizations/" + id + "/verification",
                Json.createObjectBuilder().add("approved", false).add("reason", "理".repeat(501)).build());
        assertEquals(400, tooLong.status(), tooLong::toString);
        assertEquals("reason", tooLong.json().getString("field"));
    }

    @Test
    void tokensAreStoredOnlyAsHashesAndDieWithAPasswordChange() throws Exception {
        Answer issued = anonymous.post("/api/v1/auth/token",
                Json.createObjectBuilder().add("username", "staff.wang").add("password", DemoAccounts.PASSWORD).build());
        String token = issued.json().getString("token");
        try (Connection connection = sharedDatabase().connect(); Statement sql = connection.createStatement()) {
            try (var plain = sql.executeQuery("SELECT COUNT(*) FROM api_token WHERE token_hash = '" + token + "'")) {
                plain.next();
                assertEquals(0, plain.getInt(1), "the token itself is not stored");
            }
            try (var hashed = sql.executeQuery("SELECT COUNT(*) FROM api_token WHERE token_hash = '"
                    + org.jiebang.platform.audit.AuditChain.sha256(token) + "'")) {
                hashed.next();
                assertEquals(1, hashed.getInt(1), "its SHA-256 is");
            }
        }
    }

    @Test
    void unknownApiPathsAnswerJson404() {
        Answer missing = anonymous.get("/api/v1/no-such-thing");
        assertEquals(404, missing.status());
        assertEquals("NOT_FOUND", missing.json().getString("error"));
    }

    static MariaDb.Database sharedDatabase() {
        return MariaDb.connectTo("jiebang_it");
    }

    static List<String> roles(JsonObject user) {
        return user.getJsonArray("roles").getValuesAs(JsonString.class).stream().map(JsonString::getString).sorted()
                .toList();
    }
}
