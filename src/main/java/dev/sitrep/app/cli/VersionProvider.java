package dev.sitrep.app.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/// `sitrep --version`: Sitrep's version from the jar's Maven descriptor, and the Java running it.
final class VersionProvider implements IVersionProvider {

    /// Written into the jar by `./mvnw package`; absent when running from compiled classes.
    private static final String MAVEN_DESCRIPTOR = "/META-INF/maven/dev.sitrep/sitrep/pom.properties";

    @Override
    public String[] getVersion() {
        return new String[] {
            "sitrep " + sitrepVersion(),
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor", "unknown vendor") + ")"
        };
    }

    static String sitrepVersion() {
        try (InputStream descriptor = VersionProvider.class.getResourceAsStream(MAVEN_DESCRIPTOR)) {
            if (descriptor == null) {
                return "development build";
            }
            var properties = new Properties();
            properties.load(descriptor);
            return properties.getProperty("version", "development build");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + MAVEN_DESCRIPTOR, e);
        }
    }
}
