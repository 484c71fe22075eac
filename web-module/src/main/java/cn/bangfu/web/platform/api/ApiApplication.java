package cn.bangfu.web.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The JSON API under /api/v1, described at /openapi. Every call authenticates with HTTP Basic. */
@ApplicationPath("api")
@OpenAPIDefinition(
        info = @Info(title = "Bangfu 帮扶通 API", version = "1",
                description = "Regions, units and the rest of Bangfu for the province's other systems. "
                        + "Lists take page, size, sort (field or -field) and q and return {items, total}. "
                        + "Errors are RFC 9457 problem documents in the language of Accept-Language (zh-CN default, en)."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class ApiApplication extends Application {
}
