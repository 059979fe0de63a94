package org.hazardbridge.expert.web;

import java.util.List;
import org.hazardbridge.expert.ExpertPool;
import org.hazardbridge.expert.ExpertProfile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/experts}: the pool. Only managers and supervisors may read it (see the security chain). */
@RestController
@RequestMapping("/api/experts")
class ExpertController {

    private final ExpertPool pool;

    ExpertController(ExpertPool pool) {
        this.pool = pool;
    }

    @GetMapping
    List<ExpertView> list() {
        return pool.all().stream().map(ExpertView::of).toList();
    }

    /** An expert as the pool lists them. */
    record ExpertView(String userId, String name, List<String> specialties, String affiliatedAdcode,
            boolean active) {

        static ExpertView of(ExpertProfile p) {
            return new ExpertView(p.userId(), p.name(), p.specialties(), p.affiliatedAdcode(), p.active());
        }
    }
}
