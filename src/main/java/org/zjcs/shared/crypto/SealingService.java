package org.zjcs.shared.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zjcs.shared.storage.FileStorageService;

/** The application's {@link Sealer}, with the key of {@link SealingKey} (loaded once, on first use). */
@ApplicationScoped
public class SealingService {

    @Inject
    @ConfigProperty(name = "zjcs.sealing.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "zjcs.data.dir")
    Optional<String> dataDir;

    private volatile Sealer sealer;

    public Sealer sealer() {
        Sealer s = sealer;
        if (s == null) {
            synchronized (this) {
                s = sealer;
                if (s == null) {
                    s = new Sealer(SealingKey.load(configuredKey, FileStorageService.rootFrom(dataDir)));
                    sealer = s;
                }
            }
        }
        return s;
    }
}
