package org.zjcs.shared.web;

import java.io.Serializable;

/** Province → city → district choice for forms; the district is the region that counts. */
public class RegionPicker implements Serializable {

    private static final long serialVersionUID = 1L;

    private String province;
    private String city;
    private String district;


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
