package org.zjcs.catalog.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Persistence of the catalogue. */
public interface CatalogRepository {

    List<ServiceItem> inForce();

    Optional<ServiceItem> find(long id);

    Optional<ServiceItem> byCode(String code);

    void add(ServiceItem item);

    Map<String, QualificationType> types();

    /** Items whose code or name contains {@code text} (all when blank), optionally of one status, by code. */
    List<ServiceItem> search(String text, ServiceItemStatus status, int first, int size);

    long count(String text, ServiceItemStatus status);

    /** The service guide of an item, if it has one. */
    Optional<ServiceGuide> guide(long serviceItemId);

    /** Every service guide (one per item at most: the catalogue holds tens of items, not millions). */
    List<ServiceGuide> guides();

    void addGuide(ServiceGuide guide);
}
