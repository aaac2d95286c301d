package org.zjcs.portal;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;

/**
 * The official OCDS 1.1.5 schemas (src/test/resources/ocds/1.1.5, see its README) as a validator: their
 * {@code https://standard.open-contracting.org/schema/1__1__5/} URLs are mapped to the files on the class path, so no
 * network is used. Formats (date-time, uri) are asserted too.
 */
public final class OcdsSchema {

    public static final String BASE = "https://standard.open-contracting.org/schema/1__1__5/";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4,
            b -> b.schemaIdResolvers(r -> r.mapPrefix(BASE, "classpath:ocds/1.1.5/"))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    private static final Schema RELEASE_PACKAGE = REGISTRY.getSchema(SchemaLocation.of(BASE + "release-package-schema.json"));
    private static final Schema RELEASE = REGISTRY.getSchema(SchemaLocation.of(BASE + "release-schema.json"));

    private OcdsSchema() {
    }

    /** The errors of a release package (empty: valid). */
    public static List<String> releasePackageErrors(String json) {
        return messages(RELEASE_PACKAGE.validate(json, InputFormat.JSON));
    }

    /** The errors of one release (or compiled release). */
    public static List<String> releaseErrors(String json) {
        return messages(RELEASE.validate(json, InputFormat.JSON));
    }

    private static List<String> messages(List<Error> errors) {
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }
}
