package org.zjcs.incontainer;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive the in-container tests run in: the application's WAR as {@code mvn package} built it (so the tests see
 * the real beans, persistence unit, migrations and demo data), plus this package (the tests, {@link ArqGuard},
 * {@link ArqActor}). Its own name, so that it never meets the application's "zjcs".
 */
final class ArqDeployment {

    private ArqDeployment() {
    }

    static WebArchive application() {
        File war = new File(System.getProperty("arq.war", "target/zjcs.war"));
        if (!war.isFile()) {
            throw new IllegalStateException(war + " is missing: run the in-container tests through mvn verify");
        }
        return ShrinkWrap.create(ZipImporter.class, "zjcs-arq.war").importFrom(war).as(WebArchive.class)
                .addPackage(ArqDeployment.class.getPackage());
    }
}
