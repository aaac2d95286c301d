package org.zjcs.shared.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The REST API under /api, described by OpenAPI at /openapi. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "ZJCS API", version = "1",
        description = "REST API of the online intermediary-services marketplace (中介服务网上超市)."))
public class RestApplication extends Application {
}
