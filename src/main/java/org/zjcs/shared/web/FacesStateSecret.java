package org.zjcs.shared.web;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Set;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.zjcs.shared.crypto.SealingKey;
import org.zjcs.shared.storage.FileStorageService;

/**
 * MyFaces' keys for the view state it sends to the browser (encryption {@code org.apache.myfaces.SECRET}, AES-256, and
 * authentication {@code org.apache.myfaces.MAC_SECRET}, HmacSHA256) from configuration instead of random per node:
 * derived from the sealing key ({@code zjcs.sealing.key}, the same on every node of a cluster) with HMAC-SHA256 and a
 * label each, so that a form one node rendered is accepted by the other (docs/scaling.md, "Sessions"). MyFaces encrypts
 * even the server-side state's token; with a random key per node the other node answers "view expired". Set as the
 * context's init parameters before MyFaces starts (a container initializer runs before its start-up listener).
 */
public class FacesStateSecret implements ServletContainerInitializer {

    static final String SECRET = "org.apache.myfaces.SECRET";
    static final String MAC_SECRET = "org.apache.myfaces.MAC_SECRET";
    private static final Logger LOG = Logger.getLogger(FacesStateSecret.class.getName());

    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        Config config = ConfigProvider.getConfig();
        byte[] sealingKey = SealingKey.load(config.getOptionalValue("zjcs.sealing.key", String.class),
                FileStorageService.rootFrom(config.getOptionalValue("zjcs.data.dir", String.class)));
        boolean set = context.setInitParameter(SECRET, derive(sealingKey, "zjcs faces view state encryption"))
                & context.setInitParameter(MAC_SECRET, derive(sealingKey, "zjcs faces view state mac"));
        LOG.info(set ? "Faces view state keys derived from the sealing key (the same on every node)"
                : "Faces view state keys already set in web.xml: kept");
    }

    /** 32 bytes, base64: HMAC-SHA256 of {@code label} under the sealing key. */
    static String derive(byte[] key, String label) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(label.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
