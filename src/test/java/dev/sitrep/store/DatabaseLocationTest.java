package dev.sitrep.store;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatabaseLocationTest {

    private static final Path HOME = Path.of("/home/priya");
    private static final String LINUX = "Linux";

    @Test
    void aDbPathBecomesAnAutoServerFileDatabase() {
        DatabaseLocation location = DatabaseLocation.resolve("/srv/warroom/sitrep", Map.of(), LINUX, HOME);

        assertThat(location.file()).isEqualTo(Path.of("/srv/warroom/sitrep"));
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:h2:file:/srv/warroom/sitrep;AUTO_SERVER=TRUE");
        assertThat(location.display()).isEqualTo("/srv/warroom/sitrep");
    }

    @Test
    void aDbPathMayNameH2sFileAndStartAtHome() {
        assertThat(DatabaseLocation.resolve("/srv/sitrep.mv.db", Map.of(), LINUX, HOME).file())
                .isEqualTo(Path.of("/srv/sitrep"));
        assertThat(DatabaseLocation.resolve("~/incidents/sitrep", Map.of(), LINUX, HOME).file())
                .isEqualTo(Path.of("/home/priya/incidents/sitrep"));
    }

    @Test
    void aRelativeDbPathIsTakenFromTheWorkingFolder() {
        DatabaseLocation location = DatabaseLocation.resolve("data/sitrep", Map.of(), LINUX, HOME);

        assertThat(location.file()).isEqualTo(Path.of("data/sitrep").toAbsolutePath());
        assertThat(location.jdbcUrl()).startsWith("jdbc:h2:file:/").endsWith("data/sitrep;AUTO_SERVER=TRUE");
    }

    @Test
    void aJdbcUrlIsKeptAsGiven() {
        String url = "jdbc:h2:file:/srv/sitrep;FILE_LOCK=FS";
        DatabaseLocation location = DatabaseLocation.resolve(url, Map.of(), LINUX, HOME);

        assertThat(location.jdbcUrl()).isEqualTo(url);
        assertThat(location.file()).isEqualTo(Path.of("/srv/sitrep"));
    }

    @Test
    void aUrlThatNamesNoLocalFileHasNoFile() {
        DatabaseLocation memory = DatabaseLocation.resolve("jdbc:h2:mem:demo", Map.of(), LINUX, HOME);
        DatabaseLocation server = DatabaseLocation.resolve("jdbc:h2:tcp://db.example.com/sitrep", Map.of(), LINUX,
                HOME);

        assertThat(memory.file()).isNull();
        assertThat(memory.display()).isEqualTo("jdbc:h2:mem:demo");
        assertThat(server.file()).isNull();
    }

    @Test
    void anImplicitFileUrlNamesItsFile() {
        assertThat(DatabaseLocation.resolve("jdbc:h2:~/sitrep;AUTO_SERVER=TRUE", Map.of(), LINUX, HOME).file())
                .isEqualTo(Path.of("/home/priya/sitrep"));
    }

    @Test
    void theEnvironmentVariableIsUsedWithoutADbOption() {
        Map<String, String> environment = Map.of("SITREP_DB", "/var/lib/sitrep/shared");

        assertThat(DatabaseLocation.resolve(null, environment, LINUX, HOME).file())
                .isEqualTo(Path.of("/var/lib/sitrep/shared"));
        assertThat(DatabaseLocation.resolve("  ", environment, LINUX, HOME).file())
                .isEqualTo(Path.of("/var/lib/sitrep/shared"));
        assertThat(DatabaseLocation.resolve("/tmp/mine", environment, LINUX, HOME).file())
                .as("--db wins").isEqualTo(Path.of("/tmp/mine"));
    }

    @Test
    void linuxUsesXdgDataHome() {
        DatabaseLocation location = DatabaseLocation.resolve(null, Map.of("XDG_DATA_HOME", "/data/priya"), LINUX,
                HOME);

        assertThat(location.file()).isEqualTo(Path.of("/data/priya/sitrep/sitrep"));
        assertThat(location.jdbcUrl()).isEqualTo("jdbc:h2:file:/data/priya/sitrep/sitrep;AUTO_SERVER=TRUE");
    }

    @Test
    void linuxFallsBackToLocalShareWithoutAnAbsoluteXdgDataHome() {
        assertThat(DatabaseLocation.resolve(null, Map.of(), LINUX, HOME).file())
                .isEqualTo(Path.of("/home/priya/.local/share/sitrep/sitrep"));
        assertThat(DatabaseLocation.resolve(null, Map.of("XDG_DATA_HOME", "relative/data"), LINUX, HOME).file())
                .isEqualTo(Path.of("/home/priya/.local/share/sitrep/sitrep"));
        assertThat(DatabaseLocation.resolve(null, Map.of(), "FreeBSD", HOME).file())
                .isEqualTo(Path.of("/home/priya/.local/share/sitrep/sitrep"));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\priya\\AppData\\Roaming";
        DatabaseLocation location = DatabaseLocation.resolve(null, Map.of("APPDATA", appData), "Windows 11", HOME);

        assertThat(location.file()).isEqualTo(Path.of(appData, "Sitrep", "sitrep").toAbsolutePath());
        assertThat(DatabaseLocation.resolve(null, Map.of(), "Windows 10", HOME).file())
                .as("without APPDATA").isEqualTo(Path.of("/home/priya/AppData/Roaming/Sitrep/sitrep"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(DatabaseLocation.resolve(null, Map.of("XDG_DATA_HOME", "/ignored"), "Mac OS X", HOME).file())
                .isEqualTo(Path.of("/home/priya/Library/Application Support/Sitrep/sitrep"));
    }

    @Test
    void ofFileRefusesAPathH2CannotTakeInAUrl() {
        assertThatThrownBy(() -> DatabaseLocation.ofFile(Path.of("/srv/a;b/sitrep")))
                .isInstanceOf(StoreException.class).hasMessageContaining("';'");
    }
}
