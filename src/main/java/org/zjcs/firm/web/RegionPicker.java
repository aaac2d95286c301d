package org.zjcs.firm.web;

import java.io.Serializable;
import java.util.List;
import org.zjcs.shared.region.Region;
import org.zjcs.shared.region.RegionService;

/** Province → city → district choice for forms; the district is the region that counts. */
public class RegionPicker implements Serializable {

    private static final long serialVersionUID = 1L;

    private String province;
    private String city;
    private String district;

    public List<Region> provinces(RegionService regions) {
        return regions.provinces();
    }

    public void provinceChanged() {
        city = null;
        district = null;
    }

    public void cityChanged() {
        district = null;
    }

    public String getProvince() {
        return province;
    }

    public void setProvince(String province) {
        this.province = province;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }
}
