package org.jiebang.platform.api;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API of SPEC §10 under {@code /api/v1}. */
@ApplicationPath("/api/v1")
@DeclareRoles({ "ENTERPRISE", "RESEARCHER", "STAFF", "EXPERT", "ADMIN" })
@OpenAPIDefinition(info = @Info(title = "Jiebang 揭榜挂帅 API", version = "1",
        description = "Technology challenge marketplace: organizations, accounts, challenges, bids, review, contracts."))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "A token from POST /api/v1/auth/token")
public class JiebangApi extends Application {
}
