package org.zjcs.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import org.zjcs.shared.i18n.Bilingual;

/** A kind of qualification a firm can hold (资质类型), with its levels, highest first, where it has levels. */
@Entity
@Table(name = "qualification_type")
@NamedQuery(name = "QualificationType.all", query = "SELECT t FROM QualificationType t ORDER BY t.code")
public class QualificationType {

    @Id
    @Column(name = "code", length = 32)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 150)
    private String nameEn;

    @Column(name = "levels", length = 200)
    private String levels;

    protected QualificationType() {
    }

    public QualificationType(String code, String nameZh, String nameEn, String levels) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.levels = levels;
    }

    /** The levels, highest first; empty when the type has none. */
    public List<String> levelList() {
        return levels == null || levels.isBlank() ? List.of() : Arrays.stream(levels.split(",")).map(String::trim).toList();
    }

    public boolean hasLevel(String level) {
        return levelList().contains(level);
    }

    /** Whether {@code held} is at least {@code required} (a null requirement accepts every level). */
    public boolean satisfies(String held, String required) {
        if (required == null) {
            return true;
        }
        List<String> l = levelList();
        int h = l.indexOf(held);
        int r = l.indexOf(required);
        return h >= 0 && r >= 0 && h <= r;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    /** The type's name as a message argument, in the reader's language. */
    public Bilingual label() {
        return new Bilingual(nameZh, nameEn);
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getLevels() {
        return levels;
    }
}
