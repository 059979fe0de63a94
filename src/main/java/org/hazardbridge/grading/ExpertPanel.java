package org.hazardbridge.grading;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hazardbridge.common.InvalidInputException;
import org.hazardbridge.expert.ExpertDraw;
import org.hazardbridge.expert.ExpertPool;
import org.hazardbridge.expert.ExpertProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's expert panel: drawn from the eligible experts in the replayable order of {@link ExpertDraw}, filled up
 * by supervisors when fewer than three are eligible, and kept complete when an expert times out. No expert
 * affiliated with a disputing region ever gets a seat.
 */
@Service
@Transactional
public class ExpertPanel {

    private static final Logger log = LoggerFactory.getLogger(ExpertPanel.class);

    private final ExpertPool pool;
    private final PanelSeatRepository seats;
    private final GradingProperties properties;
    private final Clock clock;

    ExpertPanel(ExpertPool pool, PanelSeatRepository seats, GradingProperties properties, Clock clock) {
        this.pool = pool;
        this.seats = seats;
        this.properties = properties;
        this.clock = clock;
    }

    /** Draws the panel; it is ready when at least three experts could be drawn. */
    Draw draw(String caseNumber, String hazardType, List<String> disputing) {
        List<String> order = drawOrder(caseNumber, hazardType, disputing);
        List<String> drawn = order.subList(0, Math.min(properties.panelSize(), order.size()));
        drawn.forEach(expert -> seat(caseNumber, expert, PanelSeat.How.DRAWN));
        log.info("Case {} panel drawn: {} of {} eligible experts", caseNumber, drawn, order.size());
        return new Draw(List.copyOf(drawn), order.size(), drawn.size() >= GradingProperties.MINIMUM_PANEL);
    }

    /** Seats the experts a supervisor names, refusing any that may not sit or a panel still below three. */
    List<String> appoint(String caseNumber, List<String> disputing, String named) {
        List<String> ids = Arrays.stream(named == null ? new String[0] : named.split("[,，\\s]+"))
                .map(String::strip).filter(id -> !id.isEmpty()).distinct().toList();
        ids.forEach(id -> requireAppointable(caseNumber, disputing, id, GradingVariables.APPOINTED_EXPERTS));
        if (invited(caseNumber).size() + ids.size() < GradingProperties.MINIMUM_PANEL) {
            throw new InvalidInputException(GradingVariables.APPOINTED_EXPERTS,
                    "评审组至少需要 3 名专家，已有 " + invited(caseNumber).size() + " 名，还需指定 "
                            + (GradingProperties.MINIMUM_PANEL - invited(caseNumber).size()) + " 名");
        }
        ids.forEach(id -> seat(caseNumber, id, PanelSeat.How.APPOINTED));
        return invited(caseNumber);
    }

    /** Ends a timed-out expert's seat and seats the next eligible expert of the draw, if any is left. */
    Optional<String> replace(String caseNumber, String hazardType, List<String> disputing, String timedOut) {
        Set<String> used = seats.findByCaseNumberOrderById(caseNumber).stream().map(PanelSeat::expertId)
                .collect(Collectors.toSet());
        Optional<String> next = drawOrder(caseNumber, hazardType, disputing).stream()
                .filter(id -> !used.contains(id)).findFirst();
        seatOf(caseNumber, timedOut).replace(next.orElse(null), timeoutReason(), clock.instant());
        next.ifPresent(id -> seat(caseNumber, id, PanelSeat.How.REPLACEMENT));
        log.info("Case {} expert {} timed out, replaced by {}", caseNumber, timedOut, next.orElse("nobody yet"));
        return next;
    }

    /** Seats the replacement a supervisor names for a timed-out expert. */
    String appointReplacement(String caseNumber, List<String> disputing, String timedOut, String named) {
        String id = named == null ? "" : named.strip();
        requireAppointable(caseNumber, disputing, id, GradingVariables.REPLACEMENT_EXPERT);
        seat(caseNumber, id, PanelSeat.How.REPLACEMENT);
        seatOf(caseNumber, timedOut).nameReplacement(id);
        return id;
    }

    public List<PanelSeat> seatsOf(String caseNumber) {
        return seats.findByCaseNumberOrderById(caseNumber);
    }

    PanelSeat seatOf(String caseNumber, String expert) {
        return seats.findByCaseNumberAndExpertId(caseNumber, expert).orElseThrow(() -> new IllegalStateException(
                "expert " + expert + " has no seat on the panel of " + caseNumber));
    }

    List<String> invited(String caseNumber) {
        return seats.findByCaseNumberOrderById(caseNumber).stream()
                .filter(seat -> seat.status() != PanelSeat.Status.REPLACED).map(PanelSeat::expertId).toList();
    }

    private List<String> drawOrder(String caseNumber, String hazardType, List<String> disputing) {
        return ExpertDraw.order(caseNumber, pool.eligible(hazardType, disputing));
    }

    private void requireAppointable(String caseNumber, List<String> disputing, String id, String field) {
        if (id.isEmpty()) {
            throw new InvalidInputException(field, "必填：专家用户名");
        }
        if (pool.find(id).filter(ExpertProfile::active).isEmpty()) {
            throw new InvalidInputException(field, "'" + id + "' 不是专家库中的在职专家");
        }
        if (!pool.mayBeAppointed(id, disputing)) {
            throw new InvalidInputException(field, "专家 " + id + " 隶属争议地区 "
                    + pool.find(id).map(ExpertProfile::affiliatedAdcode).orElse("") + "，不能参加评审");
        }
        if (seats.findByCaseNumberAndExpertId(caseNumber, id).isPresent()) {
            throw new InvalidInputException(field, "专家 " + id + " 已在本案评审组中或曾被替换");
        }
    }

    private void seat(String caseNumber, String expert, PanelSeat.How how) {
        seats.save(new PanelSeat(caseNumber, expert, how, clock.instant()));
    }

    private String timeoutReason() {
        return "未在 " + properties.expertTimeout().toHours() + " 小时内评分";
    }

    /** The result of a draw. */
    record Draw(List<String> seated, int eligible, boolean ready) {
    }
}
