package org.zjcs.shared.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.zjcs.shared.region.Region;
import org.zjcs.shared.region.RegionService;

/** The choices of the province → city → district picker (WEB-INF/includes/region-picker.xhtml). */
@Named
@ApplicationScoped
public class RegionOptions {

    @Inject
    RegionService regions;

    public List<Region> getProvinces() {
        return regions.provinces();
    }

    /** The regions directly under {@code parentCode}; none when nothing is chosen yet. */
    public List<Region> children(String parentCode) {
        return parentCode == null || parentCode.isBlank() ? List.of() : regions.children(parentCode);
    }
}
