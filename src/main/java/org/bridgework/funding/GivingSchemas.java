package org.bridgework.funding;

import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.function.Consumer;

/**
 * The official 360Giving schemas (copied into {@code funding/360giving/}), read offline: the absolute URLs they
 * refer to each other by, whichever 1.4.x version they name, resolve to the copies on the class path.
 */
@Component
class GivingSchemas {

    static final String GRANT = "classpath:funding/360giving/360-giving-schema.json";
    static final String PACKAGE = "classpath:funding/360giving/360-giving-package-schema.json";
    private static final String PUBLISHED = "https://raw.githubusercontent.com/ThreeSixtyGiving/standard/";

    /**
     * 360Giving writes dates as oneOf a date-time format or a date pattern, which only works when formats are checked
     * (2020-12 treats them as notes by default, so a plain date would match both and fail the oneOf).
     */
    private static final Consumer<ExecutionContext> ASSERT_FORMATS =
            context -> context.executionConfig(config -> config.formatAssertionsEnabled(true));

    private final Schema grant;
    private final Schema dataPackage;

    GivingSchemas() {
        var registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemaIdResolvers(ids -> ids.mappings(iri -> iri.startsWith(PUBLISHED), iri -> iri.endsWith("/360-giving-package-schema.json")
                        ? PACKAGE : iri.endsWith("/360-giving-schema.json") ? GRANT : iri)));
        this.grant = registry.getSchema(SchemaLocation.of(GRANT));
        this.dataPackage = registry.getSchema(SchemaLocation.of(PACKAGE));
        grant.initializeValidators();
        dataPackage.initializeValidators();
    }

    /** Each problem as "field: what is wrong", the field as a path inside the grant such as amountAwarded. */
    List<String> checkGrant(JsonNode grantNode) {
        return describe(grant.validate(grantNode, ASSERT_FORMATS));
    }

    List<String> checkPackage(JsonNode packageNode) {
        return describe(dataPackage.validate(packageNode, ASSERT_FORMATS));
    }

    private static List<String> describe(List<Error> errors) {
        return errors.stream().map(e -> {
            String at = e.getInstanceLocation() == null ? "" : e.getInstanceLocation().toString().replaceFirst("^\\$\\.?", "");
            String property = e.getProperty() == null ? "" : e.getProperty();
            String field = property.isEmpty() ? at : at.isEmpty() ? property : at + "." + property;
            return (field.isEmpty() ? "grant" : field) + ": " + e.getMessage();
        }).toList();
    }
}
