package org.jiebang.challenge;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.ReadOnly;

/**
 * An entry of the fixed code list of technology domains, seeded by migration (SPEC §3). Nothing
 * writes it while the app runs, so every node keeps it in JPA's shared cache: a challenge checked
 * or an expert's fields saved find their fields without a statement.
 */
@Entity
@Cacheable
@ReadOnly
@Table(name = "technology_field")
public class TechnologyField {

    @Id
    @Column(length = 32)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 64)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(nullable = false)
    private int position;

    protected TechnologyField() {
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    public int getPosition() {
        return position;
    }
}
