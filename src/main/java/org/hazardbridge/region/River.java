package org.hazardbridge.region;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A stored river: the regions it flows through, upstream first. Rivers are replaced as a whole by each import. */
@Entity
@Table(name = "river")
class River {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "name_en", length = 200)
    private String nameEn;

    @ElementCollection
    @CollectionTable(name = "river_region", joinColumns = @JoinColumn(name = "river_id"))
    @OrderColumn(name = "position")
    @Column(name = "adcode", nullable = false, length = 12)
    private List<String> flow = new ArrayList<>();

    protected River() {
    }

    River(RiverFlow river) {
        this.name = river.name();
        this.nameEn = river.nameEn();
        this.flow = new ArrayList<>(river.adcodes());
    }

    RiverFlow toFlow() {
        return new RiverFlow(name, nameEn, flow);
    }
}
