package org.zjcs.shared.settings;

import static org.zjcs.shared.settings.SettingDefinition.integer;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.zjcs.shared.ratelimit.RateLimits;
import org.zjcs.shared.storage.FileStorageService;

/** The settings read by {@code shared}: uploads, the storage reserve, the per-address rate limits. */
@ApplicationScoped
public class SharedSettings implements SettingDefinitions {

    /** The container refuses a larger file earlier (web.xml {@code max-file-size}): the setting cannot go above it. */
    static final int CONTAINER_MAX_FILE_BYTES = 10_485_760;

    @Override
    public List<SettingDefinition> definitions() {
        List<SettingDefinition> list = new ArrayList<>(List.of(
                integer(SettingGroup.UPLOADS, FileStorageService.MAX_BYTES, FileStorageService.DEFAULT_MAX_BYTES,
                        SettingUnit.BYTES, 1024, CONTAINER_MAX_FILE_BYTES),
                integer(SettingGroup.UPLOADS, FileStorageService.MIN_FREE_MB, FileStorageService.DEFAULT_MIN_FREE_MB,
                        SettingUnit.MEGABYTES, 0, 1_048_576)));
        for (RateLimits.Action a : RateLimits.Action.values()) {
            list.add(integer(SettingGroup.RATE_LIMITS, a.limitSetting(), a.defaultLimit(), SettingUnit.COUNT, 1, 100_000));
            list.add(integer(SettingGroup.RATE_LIMITS, a.windowSetting(), a.defaultWindowMinutes(), SettingUnit.MINUTES, 1, 1440));
        }
        return list;
    }
}
